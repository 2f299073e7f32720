import { describe, expect, it } from 'vitest'
import { fakeApi } from '@/test/fakeApi'
import { parseEvent, uploadMaterial } from './materials'

describe('parseEvent', () => {
  it('reads the name and data of a server-sent event as Spring writes it', () => {
    expect(parseEvent('event:material\ndata:{"declarationId":1,"slotCode":"ID_CARD","materialId":"x"}')).toEqual({
      name: 'material',
      data: '{"declarationId":1,"slotCode":"ID_CARD","materialId":"x"}',
    })
    expect(parseEvent('event: ready\ndata: {}')).toEqual({ name: 'ready', data: '{}' })
  })

  it('ignores comments (keep-alives) and blocks without data', () => {
    expect(parseEvent(':keep-alive')).toBeNull()
    expect(parseEvent('event:material')).toBeNull()
  })
})

describe('uploadMaterial', () => {
  it('sends the file itself as the body, its name as a parameter', async () => {
    const { calls } = fakeApi({ 'POST /declarations/5/materials/ID_CARD': [201, { id: 'm1' }] })
    const file = new File(['jpeg'], '身份证.jpg', { type: 'image/jpeg' })

    await uploadMaterial(5, 'ID_CARD', file)

    expect(calls[0].params).toEqual({ name: '身份证.jpg' })
    expect(calls[0].body).toBe(file)
    expect(String(calls[0].headers['Content-Type'])).toBe('application/octet-stream')
  })
})
