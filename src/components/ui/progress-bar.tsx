export interface ProgressBarProps {
  /** What is in progress, e.g. "Downloading the local database". */
  label: string
  /** Done so far; omit when unknown, which shows a moving (indeterminate) bar. */
  value?: number
  /** @default 1 */
  max?: number
  /** The value in words, e.g. "12.3 MB of 25.0 MB". */
  valueText?: string
}

/** A labelled progress bar (`role="progressbar"`), determinate when `value` is known. */
export function ProgressBar({ label, value, max = 1, valueText }: ProgressBarProps) {
  const known = value !== undefined && max > 0
  const percent = known ? Math.min(100, Math.max(0, (value / max) * 100)) : undefined
  return (
    <div className="progress">
      <div className="progress__label">
        <span>{label}</span>
        {valueText ? <span className="progress__value">{valueText}</span> : null}
      </div>
      <div
        className={known ? 'progress__track' : 'progress__track is-indeterminate'}
        role="progressbar"
        aria-label={label}
        aria-valuemin={known ? 0 : undefined}
        aria-valuemax={known ? 100 : undefined}
        aria-valuenow={percent === undefined ? undefined : Math.round(percent)}
        aria-valuetext={valueText}
      >
        <div
          className="progress__bar"
          style={percent === undefined ? undefined : { width: `${percent}%` }}
        />
      </div>
    </div>
  )
}
