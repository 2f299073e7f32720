import { describe, expect, it } from 'vitest'
import { HEIC_HINT, MAX_UPLOAD_BYTES, refusalOf } from './scanRules'

function file(name: string, size: number, type = ''): File {
  const f = new File(['x'], name, { type })
  Object.defineProperty(f, 'size', { value: size })
  return f
}

describe('refusalOf', () => {
  it('lets a jpg or png of a normal size go', () => {
    expect(refusalOf(file('证书.JPG', 2000, 'image/jpeg'), ['jpg', 'jpeg', 'png'])).toBe('')
    expect(refusalOf(file('a.png', MAX_UPLOAD_BYTES), ['jpg', 'jpeg', 'png'])).toBe('')
  })

  it('refuses empty, too large, HEIC and other types with a reason', () => {
    expect(refusalOf(file('a.jpg', 0), ['jpg'])).toContain('空')
    expect(refusalOf(file('a.jpg', MAX_UPLOAD_BYTES + 1), ['jpg'])).toContain('10MB')
    expect(refusalOf(file('IMG_0001.HEIC', 100), ['jpg', 'png'])).toBe(HEIC_HINT)
    expect(refusalOf(file('a.gif', 100), ['jpg', 'png'])).toBe('只能上传 JPG、PNG 文件')
  })
})
