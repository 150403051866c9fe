import { describe, expect, it } from 'vitest'
import { splitSchemaDump } from './split-schema-dump'

// A pg_dump 15 script in miniature, as `pg_dump --schema-only --no-owner` writes it.
function dump(options: { version: string; key: string; role: string }): string {
  return `--
-- PostgreSQL database dump
--

\\restrict ${options.key}

-- Dumped from database version ${options.version}
-- Dumped by pg_dump version ${options.version}

SET statement_timeout = 0;
SELECT pg_catalog.set_config('search_path', '', false);

--
-- Name: public; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA public;


--
-- Name: touch(uuid); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.touch(p_id uuid) RETURNS void
    LANGUAGE sql
    AS $$ select 1 $$;


--
-- Name: notes; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.notes (
    id uuid NOT NULL
);


--
-- Name: notes notes_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.notes
    ADD CONSTRAINT notes_pkey PRIMARY KEY (id);


--
-- Name: notes_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX notes_id_idx ON public.notes USING btree (id);


--
-- Name: notes; Type: ROW SECURITY; Schema: public; Owner: -
--

ALTER TABLE public.notes ENABLE ROW LEVEL SECURITY;


--
-- Name: notes Anyone reads notes; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "Anyone reads notes" ON public.notes FOR SELECT USING (true);


--
-- Name: FUNCTION touch(p_id uuid); Type: ACL; Schema: public; Owner: -
--

REVOKE ALL ON FUNCTION public.touch(p_id uuid) FROM PUBLIC;


--
-- Name: TABLE notes; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT ON TABLE public.notes TO anon;


--
-- Name: DEFAULT PRIVILEGES FOR TABLES; Type: DEFAULT ACL; Schema: public; Owner: -
--

ALTER DEFAULT PRIVILEGES FOR ROLE ${options.role} IN SCHEMA public GRANT ALL ON TABLES  TO anon;


--
-- PostgreSQL database dump complete
--

\\unrestrict ${options.key}

`
}

const heading = '-- heading'

describe('splitSchemaDump', () => {
  it('writes the same files from dumps that differ only in versions, restrict keys and the dumping role', () => {
    const first = splitSchemaDump(
      dump({ version: '15.14', key: 'abc123', role: 'postgres' }),
      heading,
    )
    const second = splitSchemaDump(
      dump({ version: '15.18 (Debian)', key: 'zzz999', role: 'supabase_admin' }),
      heading,
    )
    expect([...second]).toEqual([...first])
    expect([...first.values()].join('\n')).not.toMatch(/15\.1|restrict|^SET |FOR ROLE/m)
  })

  it('puts a table with its constraint, index, Row Level Security, policy and grant under one heading', () => {
    const files = splitSchemaDump(dump({ version: '15', key: 'k', role: 'r' }), heading)
    const tables = files.get('public/tables.sql')!
    expect(tables.match(/^-- public\.\w+$/gm)).toEqual(['-- public.notes'])
    const order = [
      'CREATE TABLE public.notes',
      'ADD CONSTRAINT notes_pkey',
      'CREATE INDEX notes_id_idx',
      'ENABLE ROW LEVEL SECURITY',
      'CREATE POLICY "Anyone reads notes"',
      'GRANT SELECT ON TABLE public.notes',
    ].map((statement) => tables.indexOf(statement))
    expect(order.every((at) => at >= 0)).toBe(true)
    expect(order).toEqual([...order].sort((a, b) => a - b))
  })

  it('puts a function and its grants together, and schema-wide defaults in the schema file', () => {
    const files = splitSchemaDump(dump({ version: '15', key: 'k', role: 'r' }), heading)
    expect([...files.keys()]).toEqual([
      'public/functions.sql',
      'public/schema.sql',
      'public/tables.sql',
    ])
    const functions = files.get('public/functions.sql')!
    expect(functions.match(/^-- public\.\w+$/gm)).toEqual(['-- public.touch'])
    expect(functions).toContain('REVOKE ALL ON FUNCTION public.touch(p_id uuid) FROM PUBLIC;')
    expect(files.get('public/schema.sql')).toContain(
      'ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT ALL ON TABLES  TO anon;',
    )
  })
})
