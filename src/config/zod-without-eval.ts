// The app's Content-Security-Policy forbids eval (script-src has no 'unsafe-eval'). Zod 4 probes
// for eval with `new Function` to compile fast object parsers; the probe fails safely but the
// browser still reports a CSP violation. Turning the JIT off avoids the probe; imported first
// by main.tsx so that it runs before any schema is built.
import { z } from 'zod'

z.config({ jitless: true })
