// Helpers both apps use around material files: what a file input accepts, sizes, downloads.
import type { MaterialKind } from './api/materials'

const MEDIA: Record<string, string> = {
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  pdf: 'application/pdf',
  doc: 'application/msword',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
}

/** The accept attribute of a file input for a slot's extensions (the server checks the content anyway). */
export function acceptOf(extensions: string[]): string {
  return extensions.flatMap((ext) => [`.${ext}`, MEDIA[ext]].filter(Boolean) as string[]).join(',')
}

export function kindLabel(kind: MaterialKind): string {
  return kind === 'DOCUMENT' ? '文档' : kind === 'PRINTOUT' ? '打印件' : '照片'
}

/** 1536 → "1.5 KB"; 3_200_000 → "3.1 MB". */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`
}

/** Saves a blob under a file name through a temporary link. */
export function saveBlob(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  document.body.appendChild(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), 10000)
}
