import {mkdir, writeFile} from 'node:fs/promises'
import path from 'node:path'
import type {CorpusStory} from '@corroborate/core'
import {stringify} from 'yaml'
import type {StoryFeaturesRecord} from './story-features.js'

/**
 * Write one folder per story with its `story.yaml` (the manifest `corroborate
 * report` reads: each article's file, outlet, url, date and title). Files are named
 * relative to the manifest, so the folder tree can move with the corpus; they sit
 * outside the manifest's folder, which `report` reads with `--allow-outside`.
 * Returns the manifest paths, story by story.
 */
export async function writeManifests(stories: readonly CorpusStory[], records: ReadonlyMap<string, StoryFeaturesRecord>, outDir: string, cwd: string): Promise<string[]> {
  const paths: string[] = []
  for (const story of stories) {
    const folder = path.join(outDir, story.id)
    await mkdir(folder, {recursive: true})
    const articles = story.articles.map((id) => {
      const record = records.get(id)!
      const entry: Record<string, string> = {file: path.relative(folder, path.resolve(cwd, record.file))}
      if (record.outlet) entry.outlet = record.outlet
      if (record.url) entry.url = record.url
      if (record.published) entry.date = record.published
      if (record.title) entry.title = record.title
      return entry
    })
    const manifest = {story: story.label, confidence: story.confidence, dates: story.dates, articles}
    const file = path.join(folder, 'story.yaml')
    await writeFile(file, stringify(manifest))
    paths.push(file)
  }
  return paths
}
