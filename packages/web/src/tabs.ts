import {h} from './dom.js'

export interface Tab<Id extends string> {
  id: Id
  label: string
}

/**
 * An ARIA tab list over one panel: arrow keys, Home and End move between tabs
 * (roving tabindex), and a tab is selected when it gets focus.
 */
export function createTabs<Id extends string>(list: HTMLElement, panel: HTMLElement, tabs: ReadonlyArray<Tab<Id>>, onSelect: (id: Id) => void): {select: (id: Id) => void} {
  list.setAttribute('role', 'tablist')
  panel.setAttribute('role', 'tabpanel')
  const buttons = tabs.map((tab) => h('button', {
    type: 'button',
    role: 'tab',
    id: `tab-${tab.id}`,
    'aria-controls': panel.id,
    'data-view': tab.id,
    onclick: () => onSelect(tab.id)
  }, tab.label))
  list.replaceChildren(...buttons)
  list.addEventListener('keydown', (event) => {
    const index = buttons.indexOf(document.activeElement as HTMLButtonElement)
    if (index < 0) return
    const next = event.key === 'ArrowRight' ? (index + 1) % buttons.length
      : event.key === 'ArrowLeft' ? (index - 1 + buttons.length) % buttons.length
        : event.key === 'Home' ? 0 : event.key === 'End' ? buttons.length - 1 : -1
    if (next < 0) return
    event.preventDefault()
    buttons[next]!.focus()
    onSelect(tabs[next]!.id)
  })
  const select = (id: Id) => {
    for (const [index, button] of buttons.entries()) {
      const selected = tabs[index]!.id === id
      button.setAttribute('aria-selected', String(selected))
      button.tabIndex = selected ? 0 : -1
      if (selected) panel.setAttribute('aria-labelledby', button.id)
    }
  }
  return {select}
}
