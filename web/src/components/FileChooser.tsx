import type { ChangeEvent, Ref } from 'react';

interface FileChooserProps {
  id: string;
  /** The button's text: "Choose a file", "Choose another file", "Uploading…". */
  buttonLabel: string;
  busy: boolean;
  required?: boolean;
  invalid?: boolean;
  describedBy?: string;
  inputRef?: Ref<HTMLInputElement>;
  onFile: (file: File) => void;
}

/**
 * ECL's file upload control: the native input (kept for keyboards and screen readers) with a
 * button in the interface language, instead of the browser's own "Choose File" in its language.
 */
export function FileChooser({ id, buttonLabel, busy, required, invalid, describedBy, inputRef, onFile }: FileChooserProps) {
  function choose(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    // Cleared, so choosing the same file again (after removing it) still uploads it.
    event.target.value = '';
    if (file) onFile(file);
  }
  return (
    <>
      <input
        ref={inputRef}
        id={id}
        name={id}
        type="file"
        className="ecl-file-upload"
        disabled={busy}
        aria-required={required || undefined}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy}
        onChange={choose}
      />
      <label className="ecl-file-upload__button-container" htmlFor={id}>
        <span className={`ecl-file-upload__button ecl-button ecl-button--secondary${busy ? ' openimi-disabled' : ''}`}>{buttonLabel}</span>
      </label>
    </>
  );
}
