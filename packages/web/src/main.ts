import {ArticleError, parseArticle} from '@corroborate/core'

const input = document.querySelector<HTMLTextAreaElement>('#article-input')!
const button = document.querySelector<HTMLButtonElement>('#parse-button')!
const result = document.querySelector<HTMLDivElement>('#result')!

/** Article content is only ever set with textContent: it is never live HTML. */
function show(text: string): void {
  result.replaceChildren()
  try {
    const article = parseArticle(text)
    const meta = document.createElement('p')
    meta.textContent = `${article.format} · ${article.title ?? 'untitled'} · ${article.sentences.length} sentences`
    result.append(meta)
    for (const block of article.blocks) {
      const item = document.createElement('div')
      item.className = 'block'
      item.dataset.kind = block.kind
      const kind = document.createElement('span')
      kind.className = 'kind'
      kind.textContent = block.kind + (block.reason ? ` · ${block.reason}` : '')
      item.append(kind, document.createTextNode(block.text))
      result.append(item)
    }
  } catch (error) {
    const message = document.createElement('p')
    message.className = 'error'
    message.textContent = error instanceof ArticleError ? error.message : String(error)
    result.append(message)
  }
}

button.addEventListener('click', () => show(input.value))
