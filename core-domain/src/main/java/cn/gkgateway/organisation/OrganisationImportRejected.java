package cn.gkgateway.organisation;

import cn.gkgateway.shared.DomainException;

import java.util.List;

/** An import refused as a whole (nothing was saved), with every faulty row. */
public class OrganisationImportRejected extends DomainException {

    private final transient List<RowFault> faults;

    public OrganisationImportRejected(List<RowFault> faults) {
        super(Kind.RULE_REJECTED, "IMPORT_ROWS_INVALID", "导入文件中有 " + faults.stream().map(RowFault::row).distinct().count()
                + " 行数据有误，未导入任何数据；请按提示修改后重新导入",
                faults.stream().map(f -> new FieldProblem("第" + f.row() + "行 " + f.column(), f.message())).toList());
        this.faults = List.copyOf(faults);
    }

    public List<RowFault> faults() {
        return faults;
    }
}
