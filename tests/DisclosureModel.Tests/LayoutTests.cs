namespace DisclosureModel.Tests;

public class LayoutTests
{
    // Transcribed from the official templates (国办公开办函〔2019〕60号 and 〔2021〕30号), in print order.
    private static readonly string[] Labels2019 =
    [
        "一、本年新收政府信息公开申请数量", "二、上年结转政府信息公开申请数量",
        "（一）予以公开", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）",
        "1.属于国家秘密", "2.其他法律行政法规禁止公开", "3.危及“三安全一稳定”", "4.保护第三方合法权益",
        "5.属于三类内部事务信息", "6.属于四类过程性信息", "7.属于行政执法案卷", "8.属于行政查询事项",
        "1.本机关不掌握相关政府信息", "2.没有现成信息需要另行制作", "3.补正后申请内容仍不明确",
        "1.信访举报投诉类申请", "2.重复申请", "3.要求提供公开出版物", "4.无正当理由大量反复申请", "5.要求行政机关确认或重新出具已获取信息",
        "（六）其他处理", "（七）总计", "四、结转下年度继续办理",
    ];

    [Fact]
    public void Section_three_rows_carry_the_template_labels()
    {
        Assert.Equal(Labels2019, ApplicationsLayout.GetRows(FormatEdition.Edition2019).Select(r => r.Label.Chinese));

        string[] labels2021 =
        [
            .. Labels2019[..20],
            "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
            "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
            "3.其他",
            .. Labels2019[21..],
        ];
        Assert.Equal(labels2021, ApplicationsLayout.GetRows(FormatEdition.Edition2021).Select(r => r.Label.Chinese));
    }

    [Fact]
    public void Section_three_columns_and_groups_carry_the_template_labels()
    {
        Assert.Equal(["自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"], ApplicantColumns.All.Select(c => c.GetLabel().Chinese));
        Assert.Equal(6, ApplicantColumns.Applicants.Count);
        Assert.DoesNotContain(ApplicantColumn.Total, ApplicantColumns.Applicants);
        Assert.Equal(5, ApplicantColumns.Organizations.Count);
        Assert.Equal("法人或其他组织", ApplicantColumns.OrganizationGroupLabel.Chinese);
        Assert.Equal("申请人情况", ApplicantColumns.HeaderLabel.Chinese);
        Assert.Equal(["三、本年度办理结果", "（三）不予公开", "（四）无法提供", "（五）不予处理", "（六）其他处理"], ApplicationsLayout.AllGroups.Select(g => g.Label.Chinese));
        Assert.Equal(FormatEdition.Edition2021, ApplicationsLayout.GetGroup(ApplicationRowGroup.OtherHandling).OnlyIn);
        Assert.Equal("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", ApplicationsLayout.BalancingNote);
    }

    [Fact]
    public void Identifiers_are_unique_camel_case()
    {
        var ids = ApplicationsLayout.AllRows.Select(r => r.Label.Identifier)
            .Concat(ApplicationsLayout.AllGroups.Where(g => g.Group != ApplicationRowGroup.OtherHandling).Select(g => g.Label.Identifier))
            .ToList();
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.All(ids, id => Assert.Matches("^[a-z][A-Za-z0-9]*$", id));
        Assert.Equal("withheld", ApplicationsLayout.GetGroup(ApplicationRowGroup.Withheld).Label.Identifier);
        Assert.Equal("stateSecret", ApplicationRow.StateSecret.GetLabel().Identifier);
    }

    [Fact]
    public void Every_row_path_names_the_counts_the_row_reads()
    {
        foreach (var report in Samples.All)
        {
            foreach (var row in ApplicationsLayout.GetRows(report.Edition))
            {
                Assert.Equal(row.GetCounts(report.Applications), PropertyPath.Resolve(report, row.PropertyPath));
            }
        }

        Assert.Equal("Applications.Outcomes.Withheld.StateSecret", ApplicationsLayout.GetRow(ApplicationRow.StateSecret).PropertyPath);
        Assert.Equal("Applications.Outcomes.OtherHandling.FeeNotPaid", ApplicationsLayout.GetRow(ApplicationRow.FeeNotPaid).PropertyPath);
        Assert.Equal("Applications.Outcomes.OtherHandling", ApplicationsLayout.GetRow(ApplicationRow.OtherHandling).PropertyPath);
    }

    [Fact]
    public void Every_row_group_chain_ends_at_outcomes()
    {
        foreach (var row in ApplicationsLayout.AllRows.Where(r => r.Group is not null))
        {
            var group = ApplicationsLayout.GetGroup(row.Group!.Value);
            while (group.Parent is { } parent)
            {
                group = ApplicationsLayout.GetGroup(parent);
            }

            Assert.Equal(ApplicationRowGroup.Outcomes, group.Group);
        }
    }

    [Theory]
    [InlineData(FormatEdition.Edition2019, 5, 22)]
    [InlineData(FormatEdition.Edition2021, 4, 10)]
    public void Section_two_has_the_tables_and_cells_of_its_edition(FormatEdition edition, int tables, int cells)
    {
        Assert.Equal(tables, ProactiveDisclosureLayout.GetTables(edition).Count);
        Assert.Equal(cells, ProactiveDisclosureLayout.GetCells(edition).Count);
        Assert.All(ProactiveDisclosureLayout.GetTables(edition), t => Assert.Equal(edition, t.Edition));
    }

    [Fact]
    public void Section_two_titles_rows_and_columns_carry_the_template_labels()
    {
        Assert.Equal(
            ["第二十条第（一）项", "第二十条第（五）项", "第二十条第（六）项", "第二十条第（八）项", "第二十条第（九）项"],
            ProactiveDisclosureLayout.GetTables(FormatEdition.Edition2019).Select(t => t.Title.Chinese));
        Assert.Equal(
            ["第二十条第（一）项", "第二十条第（五）项", "第二十条第（六）项", "第二十条第（八）项"],
            ProactiveDisclosureLayout.GetTables(FormatEdition.Edition2021).Select(t => t.Title.Chinese));

        var cells2019 = ProactiveDisclosureLayout.GetCells(FormatEdition.Edition2019).Select(c => $"{c.Row.Chinese}|{c.Column.Label.Chinese}");
        Assert.Equal(
        [
            "规章|本年新制作数量", "规章|本年新公开数量", "规章|对外公开总数量",
            "规范性文件|本年新制作数量", "规范性文件|本年新公开数量", "规范性文件|对外公开总数量",
            "行政许可|上一年项目数量", "行政许可|本年增/减", "行政许可|处理决定数量",
            "其他对外管理服务事项|上一年项目数量", "其他对外管理服务事项|本年增/减", "其他对外管理服务事项|处理决定数量",
            "行政处罚|上一年项目数量", "行政处罚|本年增/减", "行政处罚|处理决定数量",
            "行政强制|上一年项目数量", "行政强制|本年增/减", "行政强制|处理决定数量",
            "行政事业性收费|上一年项目数量", "行政事业性收费|本年增/减",
            "政府集中采购|采购项目数量", "政府集中采购|采购总金额",
        ], cells2019);

        var cells2021 = ProactiveDisclosureLayout.GetCells(FormatEdition.Edition2021).Select(c => $"{c.Row.Chinese}|{c.Column.Label.Chinese}");
        Assert.Equal(
        [
            "规章|本年制发件数", "规章|本年废止件数", "规章|现行有效件数",
            "行政规范性文件|本年制发件数", "行政规范性文件|本年废止件数", "行政规范性文件|现行有效件数",
            "行政许可|本年处理决定数量",
            "行政处罚|本年处理决定数量", "行政强制|本年处理决定数量",
            "行政事业性收费|本年收费金额（单位：万元）",
        ], cells2021);
        Assert.Equal("信息内容", ProactiveTableDefinition.RowHeader.Chinese);
    }

    [Fact]
    public void Section_two_value_kinds_mark_signed_changes_and_money()
    {
        var kinds2019 = ProactiveDisclosureLayout.GetCells(FormatEdition.Edition2019).ToLookup(c => c.Column.Kind, c => c.Column.Label.Identifier);
        Assert.All(kinds2019[CellKind.SignedCount], id => Assert.Equal("changeThisYear", id));
        Assert.Equal(5, kinds2019[CellKind.SignedCount].Count());
        Assert.Equal(["procurementTotalAmount"], kinds2019[CellKind.Amount]);
        var fees = ProactiveDisclosureLayout.GetCells(FormatEdition.Edition2021).Single(c => c.Column.Kind == CellKind.Amount);
        Assert.Equal(MoneyUnit.TenThousandYuan, fees.Column.Unit);
        Assert.Null(ProactiveDisclosureLayout.GetCells(FormatEdition.Edition2019).Single(c => c.Column.Kind == CellKind.Amount).Column.Unit);
    }

    [Fact]
    public void Every_section_two_path_names_the_value_the_cell_reads()
    {
        foreach (var report in Samples.All)
        {
            foreach (var cell in ProactiveDisclosureLayout.GetCells(report.Edition))
            {
                var value = PropertyPath.Resolve(report, cell.PropertyPath);
                var number = value is MoneyAmount money ? money.Amount : value is null ? (decimal?)null : Convert.ToDecimal(value, System.Globalization.CultureInfo.InvariantCulture);
                Assert.Equal(cell.GetNumber(report.ProactiveDisclosure), number);
            }
        }

        Assert.Equal("ProactiveDisclosure.Article20Item1.Rules.CreatedThisYear", ProactiveDisclosureLayout.GetCells(FormatEdition.Edition2019)[0].PropertyPath);
        Assert.Equal("ProactiveDisclosure.Article20Item8.AdministrativeFees", ProactiveDisclosureLayout.GetCells(FormatEdition.Edition2021)[^1].PropertyPath);
    }

    [Fact]
    public void Reading_a_cell_of_the_other_edition_is_an_argument_error()
    {
        var cell2019 = ProactiveDisclosureLayout.GetCells(FormatEdition.Edition2019)[0];
        var ex = Assert.Throws<ArgumentException>(() => cell2019.GetNumber(Samples.Pingtan2022.ProactiveDisclosure));
        Assert.Contains("2019", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Undefined_enum_values_are_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ApplicationsLayout.GetRows((FormatEdition)2020));
        Assert.Throws<ArgumentOutOfRangeException>(() => ApplicationsLayout.GetRow((ApplicationRow)(-1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => ((ApplicantColumn)7).GetLabel());
        Assert.Throws<ArgumentOutOfRangeException>(() => ProactiveDisclosureLayout.GetTables((FormatEdition)0));
        Assert.Throws<ArgumentOutOfRangeException>(() => ProactiveDisclosureLayout.GetCells((FormatEdition)0));
    }
}
