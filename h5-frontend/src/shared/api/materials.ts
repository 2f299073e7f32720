// Declaration materials: slots and files, PC upload with progress, copies as blobs (the API needs the
// bearer token, so <img> cannot fetch them itself), QR-scan links, the live-update stream, the phone's
// scan-upload calls and the exam office's slot settings.
import { http, TOKEN_KEY } from './request'

export type MaterialKind = 'PHOTO' | 'DOCUMENT' | 'PRINTOUT'
export type Copy = 'thumbnail' | 'display' | 'original'

export interface MaterialFile {
  id: string
  slotCode: string
  name: string
  mediaType: string
  size: number
  width: number | null
  height: number | null
  image: boolean
  via: 'PC' | 'SCAN'
  uploadedAt: string
}

export interface MaterialSlotView {
  code: string
  name: string
  kind: MaterialKind
  accepted: string
  extensions: string[]
  required: boolean
  hint: string | null
  materials: MaterialFile[]
}

export interface DeclarationMaterials {
  declarationId: number
  changeable: boolean
  slots: MaterialSlotView[]
  missing: string[]
}

export interface ScanLink {
  tokenId: number
  link: string
  qrCode: string
  slotCode: string
  slotName: string
  expiresAt: string
}

export interface ScanTarget {
  session: string | null
  declarationId: number
  slotCode: string
  slotName: string
  kind: MaterialKind
  accepted: string
  extensions: string[]
  workerName: string
  workerIdNumber: string
  levelName: string
  expiresAt: string
  uploaded: MaterialFile[]
}

export type Progress = (percent: number) => void

export async function getMaterials(declarationId: number | string): Promise<DeclarationMaterials> {
  return (await http.get<DeclarationMaterials>(`/declarations/${declarationId}/materials`)).data
}

function percentOf(loaded: number, total: number | undefined): number {
  return total ? Math.min(100, Math.round((loaded * 100) / total)) : 0
}

/** One file into one slot; the request body is the file itself, so the server streams and checks it. */
export async function uploadMaterial(declarationId: number | string, slotCode: string, file: File, onProgress?: Progress) {
  return (
    await http.post<MaterialFile>(`/declarations/${declarationId}/materials/${encodeURIComponent(slotCode)}`, file, {
      params: { name: file.name },
      headers: { 'Content-Type': 'application/octet-stream' },
      timeout: 120000,
      onUploadProgress: (e) => onProgress?.(percentOf(e.loaded, e.total)),
    })
  ).data
}

export async function deleteMaterial(materialId: string): Promise<void> {
  await http.delete(`/materials/${encodeURIComponent(materialId)}`)
}

/** A copy of a file as a Blob (for an object URL or a download). */
export async function fetchCopy(materialId: string, copy: Copy): Promise<Blob> {
  return (await http.get<Blob>(`/materials/${encodeURIComponent(materialId)}/${copy}`, { responseType: 'blob', timeout: 60000 })).data
}

export async function createScanLink(declarationId: number | string, slotCode: string): Promise<ScanLink> {
  return (await http.post<ScanLink>(`/declarations/${declarationId}/materials/${encodeURIComponent(slotCode)}/scan-links`)).data
}

export async function revokeScanLink(tokenId: number): Promise<void> {
  await http.delete(`/scan-links/${tokenId}`)
}

export interface MaterialEvent {
  declarationId: number
  slotCode: string
  materialId: string
}

/**
 * Follows the declaration's server-sent events with fetch (EventSource cannot send the bearer token) and
 * reconnects after a dropped connection. Answers a function that stops it.
 */
export function followMaterials(declarationId: number | string, onEvent: (event: MaterialEvent) => void, onOpen?: () => void): () => void {
  const controller = new AbortController()
  let stopped = false
  const base = (import.meta.env.VITE_API_BASE as string | undefined) ?? '/api'

  async function connect(): Promise<void> {
    const token = sessionStorage.getItem(TOKEN_KEY)
    const response = await fetch(`${base}/declarations/${declarationId}/materials/events`, {
      headers: { Accept: 'text/event-stream, application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
      signal: controller.signal,
      cache: 'no-store',
    })
    if (!response.ok || !response.body) throw new Error(`events ${response.status}`)
    onOpen?.()
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader()
    let buffer = ''
    for (;;) {
      const { value, done } = await reader.read()
      if (done) return
      buffer += value
      let end: number
      while ((end = buffer.search(/\r?\n\r?\n/)) >= 0) {
        const block = buffer.slice(0, end)
        buffer = buffer.slice(end).replace(/^\r?\n\r?\n/, '')
        const parsed = parseEvent(block)
        if (parsed?.name === 'material') onEvent(JSON.parse(parsed.data) as MaterialEvent)
      }
    }
  }

  async function loop() {
    let delay = 1000
    while (!stopped) {
      try {
        await connect()
        delay = 1000
      } catch {
        if (stopped) return
        delay = Math.min(delay * 2, 15000)
      }
      if (!stopped) await new Promise((resolve) => setTimeout(resolve, delay))
    }
  }
  void loop()
  return () => {
    stopped = true
    controller.abort()
  }
}

/** One SSE block ("event: x\ndata: y") as its name and data; comments and empty blocks answer null. */
export function parseEvent(block: string): { name: string; data: string } | null {
  let name = 'message'
  const data: string[] = []
  for (const line of block.split(/\r?\n/)) {
    if (!line || line.startsWith(':')) continue
    const colon = line.indexOf(':')
    const field = colon < 0 ? line : line.slice(0, colon)
    const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '')
    if (field === 'event') name = value
    else if (field === 'data') data.push(value)
  }
  return data.length ? { name, data: data.join('\n') } : null
}

// The phone's side of 手机扫码上传: no sign-in, the link's token and then the upload session are the credential.
const SCAN_SESSION = 'X-Upload-Session'

export async function claimScan(token: string): Promise<ScanTarget> {
  return (await http.post<ScanTarget>('/scan-uploads/claim', { token })).data
}

export async function scanSession(session: string): Promise<ScanTarget> {
  return (await http.get<ScanTarget>('/scan-uploads/session', { headers: { [SCAN_SESSION]: session } })).data
}

export async function scanUpload(session: string, target: ScanTarget, file: File, onProgress?: Progress): Promise<MaterialFile> {
  return (
    await http.post<MaterialFile>(`/scan-uploads/${target.declarationId}/${encodeURIComponent(target.slotCode)}/files`, file, {
      params: { name: file.name },
      headers: { [SCAN_SESSION]: session, 'Content-Type': 'application/octet-stream' },
      timeout: 120000,
      onUploadProgress: (e) => onProgress?.(percentOf(e.loaded, e.total)),
    })
  ).data
}

// 材料栏目设置 (exam office)
export interface SlotDefinition {
  code: string
  name: string
  kind: MaterialKind
  required: boolean
  hint: string | null
  levelGroup: 'GRADE' | 'TECHNICIAN' | 'SENIOR_TECHNICIAN' | null
  mode: 'NORMAL' | 'EXCEPTIONAL' | 'POST_CHANGE' | 'RECHECK' | 'VETERAN' | null
  sortOrder: number
}

export interface PlanItem {
  id: number
  year: number
  regionCode: string
  name: string
}

export interface PlanSlots {
  planId: number
  year: number
  regionCode: string
  planName: string
  customised: boolean
  slots: SlotDefinition[]
}

export async function listSlotPlans(): Promise<PlanItem[]> {
  return (await http.get<PlanItem[]>('/material-slots/plans')).data
}

export async function getPlanSlots(planId: number): Promise<PlanSlots> {
  return (await http.get<PlanSlots>(`/material-slots/plans/${planId}`)).data
}

export async function restoreDefaultSlots(planId: number): Promise<PlanSlots> {
  return (await http.delete<PlanSlots>(`/material-slots/plans/${planId}`)).data
}

export async function savePlanSlots(planId: number, slots: SlotDefinition[]): Promise<PlanSlots> {
  return (await http.put<PlanSlots>(`/material-slots/plans/${planId}`, { slots })).data
}
