// The 诚信记录 and 省综合评审未通过 pages: an add form and a paged list of persons in the caller's area, filtered by
// name, exact ID number and year. One paging, one load and one save-then-refresh for both.
import { reactive, ref, type UnwrapNestedRefs } from 'vue'
import { showError } from './notify'
import { fieldErrorMap } from '@/shared/api/request'
import type { PersonFilters } from '@/shared/api/eligibilityAdmin'
import type { Page } from '@/shared/api/types'

export const PERSON_RECORDS_PAGE_SIZE = 20

export function usePersonRecords<T>(list: (filters: PersonFilters, page: number, size: number) => Promise<Page<T>>) {
  const filters = reactive<{ name: string; idNumber: string; year: number | undefined }>({ name: '', idNumber: '', year: undefined })
  const rows = ref<T[]>([])
  const total = ref(0)
  const pageNo = ref(1)
  const loading = ref(false)
  const errors = ref<Record<string, string>>({})
  const saving = ref(false)

  async function load() {
    loading.value = true
    try {
      const page = await list({ ...filters, year: filters.year ?? null }, pageNo.value - 1, PERSON_RECORDS_PAGE_SIZE)
      rows.value = page.content
      total.value = page.totalElements
    } catch (e) {
      showError(e)
    } finally {
      loading.value = false
    }
  }

  function search() {
    pageNo.value = 1
    return load()
  }

  /** Runs {@code add}; then the list shows from its first page. A refusal puts its field errors by field, else says why. */
  async function save(add: () => Promise<void>) {
    errors.value = {}
    saving.value = true
    try {
      await add()
      await search()
    } catch (e) {
      errors.value = fieldErrorMap(e)
      if (!Object.keys(errors.value).length) showError(e)
    } finally {
      saving.value = false
    }
  }

  return { filters, rows, total, pageNo, loading, errors, saving, load, search, save }
}

/** What a page hands its PersonRecordsCard: {@code reactive(usePersonRecords(list))}. */
export type PersonRecords<T> = UnwrapNestedRefs<ReturnType<typeof usePersonRecords<T>>>
