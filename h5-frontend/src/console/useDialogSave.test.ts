import { describe, expect, it, vi } from 'vitest'
import { ApiError } from '@/shared/api/request'
import { useDialogSave } from './useDialogSave'

vi.mock('element-plus', () => ({ ElMessage: { success: vi.fn(), error: vi.fn() } }))
vi.mock('./notify', () => ({ showError: vi.fn() }))

describe('useDialogSave', () => {
  it('is done after the call succeeds', async () => {
    const done = vi.fn()
    const { save, saving } = useDialogSave(done)
    await save(async () => undefined, '已保存')
    expect(done).toHaveBeenCalledOnce()
    expect(saving.value).toBe(false)
  })

  it('stays open when the call answers false', async () => {
    const done = vi.fn()
    const { save } = useDialogSave(done)
    await save(async () => false, '已暂存')
    expect(done).not.toHaveBeenCalled()
  })

  it('puts a refusal\'s field errors by field and stays open', async () => {
    const done = vi.fn()
    const { save, serverErrors } = useDialogSave(done)
    const refusal = new ApiError({ code: 'VALIDATION', message: '请检查填写的内容', fieldErrors: [{ field: 'name', message: '请填写姓名' }] }, 400)
    await save(() => Promise.reject(refusal), '已添加')
    expect(done).not.toHaveBeenCalled()
    expect(serverErrors.value).toEqual({ name: '请填写姓名' })
  })
})
