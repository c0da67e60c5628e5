import {defineConfig} from 'tsup'

export default defineConfig({
  entry: ['src/bin.ts', 'src/main.ts', 'src/worker.ts'],
  format: ['esm'],
  dts: {entry: 'src/main.ts'},
  sourcemap: true,
  clean: true,
  target: 'node20',
  platform: 'node'
})
