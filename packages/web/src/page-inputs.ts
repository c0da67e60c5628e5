import type {Format} from '@corroborate/core'
import {byId} from './dom.js'
import type {ArticleInput} from './protocol.js'

/** What the page's controls ask of the app. */
export interface InputHandlers {
  /** Files chosen or dropped on the page. */
  addFiles: (files: FileList | null) => Promise<void>
  /** A pasted article. */
  add: (inputs: readonly ArticleInput[]) => void
  cancel: () => void
  newStory: () => void
  sampleStory: () => void
  /** An export button: json, markdown or html. */
  exportReport: (format: string) => void
}

/** Wire the page's controls: the file input, drops anywhere on the page, the paste form and the buttons. */
export function wireInputs(handlers: InputHandlers): void {
  const fileInput = byId<HTMLInputElement>('file-input')
  fileInput.addEventListener('change', () => {
    void handlers.addFiles(fileInput.files).then(() => (fileInput.value = ''))
  })
  const zone = byId('drop-zone')
  // Files dropped anywhere on the page join the story; the browser never opens them.
  window.addEventListener('dragover', (event) => {
    if (!event.dataTransfer?.types.includes('Files')) return
    event.preventDefault()
    zone.classList.add('dragging')
  })
  window.addEventListener('dragleave', (event) => {
    if (event.relatedTarget === null) zone.classList.remove('dragging')
  })
  window.addEventListener('drop', (event) => {
    zone.classList.remove('dragging')
    if (!event.dataTransfer?.types.includes('Files')) return
    event.preventDefault()
    void handlers.addFiles(event.dataTransfer.files)
  })

  const form = byId<HTMLFormElement>('paste-form')
  form.addEventListener('submit', (event) => {
    event.preventDefault()
    const text = byId<HTMLTextAreaElement>('paste-text')
    const outlet = byId<HTMLInputElement>('paste-outlet')
    const format = byId<HTMLSelectElement>('paste-format')
    if (text.value.trim() === '') return
    const name = outlet.value.trim() ? `${outlet.value.trim()} (pasted)` : 'pasted article'
    handlers.add([{file: name, text: text.value, outlet: outlet.value.trim() || null, format: (format.value || null) as Format | null}])
    text.value = ''
    outlet.value = ''
  })

  byId('cancel').addEventListener('click', () => handlers.cancel())
  byId('new-story').addEventListener('click', () => handlers.newStory())
  byId('sample-story').addEventListener('click', () => handlers.sampleStory())
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-export]')) {
    button.addEventListener('click', () => handlers.exportReport(button.dataset.export ?? ''))
  }
}
