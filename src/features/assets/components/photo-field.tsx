import './asset-photo.css'
import { useRef, useState, type InputHTMLAttributes } from 'react'
import { BlobImage } from '../../../components/ui/blob-image'
import { describedBy, FormField } from '../../../components/ui/form-field'
import type { PhotoImage } from '../../../core/photos/asset-photo'
import { preparePhoto } from '../api/prepare-photo'

export interface PhotoFieldProps {
  /** Prefix of the field's ids, unique on the page. */
  id: string
  value: PhotoImage | null
  onChange: (photo: PhotoImage | null) => void
  /** The description's input id and props (react-hook-form's register, aria), hint and error. */
  altId: string
  altInput: InputHTMLAttributes<HTMLInputElement>
  altHint: string
  altError?: string | undefined
}

/**
 * An asset's optional photo: a chosen file is re-encoded in the browser (which removes where it
 * was taken and every other metadata) and previewed, with its description (required with a
 * photo), replace and remove. Problems with the file are said in words beside the field.
 */
export function PhotoField(props: PhotoFieldProps) {
  const { id, value, onChange } = props
  const [problem, setProblem] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const fileInput = useRef<HTMLInputElement>(null)

  const choose = async (file: File | undefined) => {
    if (!file) return
    setProblem(null)
    setBusy(true)
    try {
      onChange(await preparePhoto(file))
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error))
    } finally {
      setBusy(false)
      // The same file may be chosen again after a problem is fixed.
      if (fileInput.current) fileInput.current.value = ''
    }
  }

  const fileId = `${id}-file`
  return (
    <fieldset className="photo-field" aria-busy={busy}>
      <legend>Photo (optional)</legend>
      <p className="form-field__hint" id={`${fileId}-hint`}>
        A JPEG, PNG or WebP. Where it was taken, the camera and other hidden details are removed on
        this device before it is saved; it is resized to 1,600 pixels at most.
      </p>
      {problem ? (
        <p className="form-field__error" id={`${fileId}-error`} role="alert">
          <span className="visually-hidden">Error: </span>
          {problem}
        </p>
      ) : null}
      {value ? (
        <figure className="photo-field__preview">
          <BlobImage
            bytes={value.bytes}
            mime={value.mime}
            alt="Preview of the photo"
            widthPx={value.widthPx}
            heightPx={value.heightPx}
            testId="asset-photo-preview"
          />
          <figcaption className="form-field__hint">
            {value.widthPx} × {value.heightPx} pixels, {Math.ceil(value.bytes.length / 1024)} KB
          </figcaption>
        </figure>
      ) : null}
      <FormField id={fileId} label={value ? 'Replace the photo' : 'Choose a photo'}>
        <input
          ref={fileInput}
          id={fileId}
          type="file"
          accept="image/*"
          data-testid="asset-photo-file"
          aria-describedby={describedBy(fileId, true, problem)}
          aria-invalid={Boolean(problem)}
          disabled={busy}
          onChange={(event) => void choose(event.target.files?.[0])}
        />
        {busy ? (
          <p className="form-field__hint" role="status">
            Preparing the photo…
          </p>
        ) : null}
      </FormField>
      {value ? (
        <>
          <FormField
            id={props.altId}
            label="Describe the photo"
            hint={props.altHint}
            error={props.altError}
          >
            <input
              type="text"
              autoComplete="off"
              data-testid="asset-photo-alt"
              {...props.altInput}
            />
          </FormField>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              setProblem(null)
              onChange(null)
            }}
          >
            Remove the photo
          </button>
        </>
      ) : null}
    </fieldset>
  )
}
