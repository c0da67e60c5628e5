import {numberWords, scaleWords} from './number-words.js'

const words = [...numberWords.keys()].filter((w) => w !== 'dozen').sort((a, b) => b.length - a.length).join('|')

/** Regular expression source of a number in digits ("1,200", "1.5"). */
export const digitSource = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`

/** Regular expression source of a number in words ("twenty-five", "two hundred", "four"). */
export const wordSource = `(?:${words})(?:[- ](?:${words}|dozen|hundred|thousand|million|billion|trillion))*(?![\\p{L}])`

/** The value of a number in digits: "1,200" → 1200. */
export function parseDigits(text: string): number {
  return Number(text.replace(/,/g, ''))
}

/** The value of a number in words: "twenty-five" → 25, "two hundred thousand" → 200000, "a dozen" → 12. */
export function parseWords(text: string): number {
  let total = 0
  let small = 0
  for (const token of text.toLowerCase().split(/[-\s]+/)) {
    if (token === 'a' || token === 'an' || token === 'and' || token === '') continue
    if (token === 'dozen') small = (small || 1) * 12
    else if (token === 'hundred') small = (small || 1) * 100
    else if (scaleWords.has(token)) { total += (small || 1) * scaleWords.get(token)!; small = 0 }
    else small += numberWords.get(token) ?? 0
  }
  return total + small
}
