import {expect, test} from 'vitest'
import * as core from '../src/index.js'

// Every change to the public API shows up here, in review.
test('public exports', () => {
  expect(Object.keys(core).sort()).toMatchSnapshot()
})
