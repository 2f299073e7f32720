// The filtered, paged declaration search behind 技术等级申报/申报查询 and 待审核: one shape of the filters,
// one paging and one load, with the levels and units the filter selects offer.
import { computed, reactive, ref } from 'vue'
import { showError } from './notify'
import { searchDeclarations } from '@/shared/api/declarations'
import { fetchLevels } from '@/shared/api/catalog'
import { listOrganisations } from '@/shared/api/organisations'
import type { Declaration, DeclarationStatus, Level, LevelCode } from '@/shared/api/types'

export interface DeclarationFilterValues {
  name: string
  idNumber: string
  unitId: number | undefined
  workTypeCode: string
  level: LevelCode | ''
  year: number | undefined
  status: DeclarationStatus | ''
}

export function useDeclarationSearch(options: { pendingOnly?: boolean; status?: DeclarationStatus | '' } = {}) {
  const filters = reactive<DeclarationFilterValues>({
    name: '',
    idNumber: '',
    unitId: undefined as number | undefined,
    workTypeCode: '',
    level: '' as LevelCode | '',
    year: undefined as number | undefined,
    status: (options.status ?? '') as DeclarationStatus | '',
  })
  const rows = ref<Declaration[]>([])
  const total = ref(0)
  const page = ref(1)
  const size = ref(20)
  const loading = ref(false)
  const levels = ref<Level[]>([])
  const targetLevels = computed(() => levels.value.filter((l) => l.code !== 'NONE'))
  const units = ref<{ id: number; name: string }[]>([])

  async function load() {
    loading.value = true
    try {
      const found = await searchDeclarations({ ...filters, pendingOnly: options.pendingOnly, page: page.value - 1, size: size.value })
      rows.value = found.items
      total.value = found.total
    } catch (e) {
      showError(e)
    } finally {
      loading.value = false
    }
  }

  function search() {
    page.value = 1
    load()
  }

  /** The levels for the level filter and, where the caller sees more than one unit, the units. */
  async function loadChoices(withUnits: boolean) {
    levels.value = await fetchLevels().catch(() => [])
    if (withUnits) {
      units.value = await listOrganisations({ kind: 'UNIT' }).catch(() => [])
    }
  }

  return { filters, rows, total, page, size, loading, levels, targetLevels, units, load, search, loadChoices }
}
