// What the phone checks before sending a file (the server checks the content again, whatever the name).
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024

export const HEIC_HINT = '仅支持 JPG、PNG 图片。iPhone 拍摄的 HEIC 照片请在 设置 › 相机 › 格式 中选择“兼容性最佳”后重新拍摄'

/** A reason to refuse the file before uploading it, or '' when it may go. */
export function refusalOf(file: File, extensions: string[]): string {
  const ext = (file.name.split('.').pop() ?? '').toLowerCase()
  if (file.size === 0) return '文件是空的，请重新选择'
  if (file.size > MAX_UPLOAD_BYTES) return '文件不能超过10MB，请压缩后重新上传'
  if (ext === 'heic' || ext === 'heif' || file.type === 'image/heic' || file.type === 'image/heif') return HEIC_HINT
  if (!extensions.includes(ext)) return `只能上传 ${extensions.map((e) => e.toUpperCase()).join('、')} 文件`
  return ''
}
