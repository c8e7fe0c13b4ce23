using System.Globalization;
using System.Text;
using DisclosureModel.Analysis;
using DisclosureModel.Rendering;
using DisclosureModel.Validation;

namespace DisclosureModel.Tests.Rendering;

public class ReportTablesTests
{
    [Theory]
    [InlineData(FormatEdition.Edition2019)]
    [InlineData(FormatEdition.Edition2021)]
    public void Section_three_has_the_official_three_row_header(FormatEdition edition)
    {
        var table = Build(edition).Sections[1].Tables.Single();
        Assert.Equal(ApplicationsLayout.Title, table.Label);
        Assert.Null(table.Caption);
        Assert.Equal(3, table.RowHeaderColumnCount);
        Assert.Equal(7, table.DataColumnCount);
        Assert.Equal(
            [
                $"{ApplicationsLayout.BalancingNote}[None 3x3 L0] 申请人情况[ColumnGroup 1x7 L0]",
                "自然人[Column 2x1 L1] 法人或其他组织[ColumnGroup 1x5 L1] 总计[Column 2x1 L1]",
                "商业企业[Column 1x1 L2] 科研机构[Column 1x1 L2] 社会公益组织[Column 1x1 L2] 法律服务机构[Column 1x1 L2] 其他[Column 1x1 L2]",
            ],
            table.HeaderRows.Select(Describe));
        Assert.All(table.HeaderRows, r => Assert.Empty(r.Cells));
        Assert.Same(table.HeaderRows[0].Headers[0], table.Corner);
        Assert.Equal(
            ["申请人情况 自然人", "申请人情况 法人或其他组织 商业企业", "申请人情况 法人或其他组织 科研机构", "申请人情况 法人或其他组织 社会公益组织",
             "申请人情况 法人或其他组织 法律服务机构", "申请人情况 法人或其他组织 其他", "申请人情况 总计"],
            table.Columns.Select(c => c.ToString()));
        Assert.Equal([0, 1, 2, 3, 4, 5, 6], table.Columns.Select(c => c.Index));
        Assert.Equal("legalPersonOrOtherOrganization", table.Columns[3].Headers[1].Label!.Identifier);
        Assert.Equal("publicInterestOrganization", table.Columns[3].Header.Label!.Identifier);
    }

    [Fact]
    public void Section_three_rows_nest_under_their_group_labels_in_2019()
    {
        var table = Build(FormatEdition.Edition2019).Sections[1].Tables.Single();
        Assert.Equal(23, table.BodyRows.Count);
        Assert.All(table.BodyRows, r => Assert.Equal(7, r.Cells.Count));
        var starts = table.BodyRows.Select(r => Describe(r)).ToList();
        Assert.Equal("一、本年新收政府信息公开申请数量[Row 1x3 L0]", starts[0]);
        Assert.Equal("二、上年结转政府信息公开申请数量[Row 1x3 L0]", starts[1]);
        Assert.Equal("三、本年度办理结果[RowGroup 20x1 L0] （一）予以公开[Row 1x2 L1]", starts[2]);
        Assert.Equal("（三）不予公开[RowGroup 8x1 L1] 1.属于国家秘密[Row 1x1 L2]", starts[4]);
        Assert.Equal("2.其他法律行政法规禁止公开[Row 1x1 L2]", starts[5]);
        Assert.Equal("（四）无法提供[RowGroup 3x1 L1] 1.本机关不掌握相关政府信息[Row 1x1 L2]", starts[12]);
        Assert.Equal("（五）不予处理[RowGroup 5x1 L1] 1.信访举报投诉类申请[Row 1x1 L2]", starts[15]);
        Assert.Equal("（六）其他处理[Row 1x2 L1]", starts[20]);
        Assert.Equal("（七）总计[Row 1x2 L1]", starts[21]);
        Assert.Equal("四、结转下年度继续办理[Row 1x3 L0]", starts[22]);
        Assert.Equal(
            ["三、本年度办理结果 20", "（三）不予公开 8", "（四）无法提供 3", "（五）不予处理 5"],
            table.BodyRows.SelectMany(r => r.Headers).Where(h => h.Scope == HeaderScope.RowGroup).Select(h => $"{h.Text} {h.RowSpan}"));
    }

    [Fact]
    public void Section_three_has_the_2021_other_handling_group()
    {
        var table = Build(FormatEdition.Edition2021).Sections[1].Tables.Single();
        Assert.Equal(25, table.BodyRows.Count);
        var starts = table.BodyRows.Select(r => Describe(r)).ToList();
        Assert.Equal("三、本年度办理结果[RowGroup 22x1 L0] （一）予以公开[Row 1x2 L1]", starts[2]);
        Assert.Equal("（六）其他处理[RowGroup 3x1 L1] 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请[Row 1x1 L2]", starts[20]);
        Assert.Equal("3.其他[Row 1x1 L2]", starts[22]);
        Assert.Equal("（七）总计[Row 1x2 L1]", starts[23]);
        Assert.Equal(
            ["三、本年度办理结果 22", "（三）不予公开 8", "（四）无法提供 3", "（五）不予处理 5", "（六）其他处理 3"],
            table.BodyRows.SelectMany(r => r.Headers).Where(h => h.Scope == HeaderScope.RowGroup).Select(h => $"{h.Text} {h.RowSpan}"));
    }

    [Theory]
    [InlineData(FormatEdition.Edition2019)]
    [InlineData(FormatEdition.Edition2021)]
    public void Section_four_has_three_header_rows_over_one_row_of_fifteen_numbers(FormatEdition edition)
    {
        var table = Build(edition).Sections[2].Tables.Single();
        Assert.Equal(ReviewAndLitigationLayout.Title, table.Label);
        Assert.Equal(0, table.RowHeaderColumnCount);
        Assert.Null(table.Corner);
        Assert.Equal(
            [
                "行政复议[ColumnGroup 1x5 L0] 行政诉讼[ColumnGroup 1x10 L0]",
                "结果维持[Column 2x1 L1] 结果纠正[Column 2x1 L1] 其他结果[Column 2x1 L1] 尚未审结[Column 2x1 L1] 总计[Column 2x1 L1] "
                + "未经复议直接起诉[ColumnGroup 1x5 L1] 复议后起诉[ColumnGroup 1x5 L1]",
                string.Join(' ', Enumerable.Repeat("结果维持[Column 1x1 L2] 结果纠正[Column 1x1 L2] 其他结果[Column 1x1 L2] 尚未审结[Column 1x1 L2] 总计[Column 1x1 L2]", 2)),
            ],
            table.HeaderRows.Select(Describe));
        var body = Assert.Single(table.BodyRows);
        Assert.Empty(body.Headers);
        Assert.Equal(15, body.Cells.Count);
        Assert.Equal("行政诉讼 未经复议直接起诉 其他结果", table.Columns[7].ToString());
        Assert.Equal("ReviewAndLitigation.LitigationWithoutReview.OtherResult", body.Cells[7].PropertyPath);
        Assert.Equal("ReviewAndLitigation.LitigationAfterReview.Total", body.Cells[14].PropertyPath);
        Assert.Same(table.Columns[14], body.Cells[14].Column);
    }

    [Theory]
    [InlineData(FormatEdition.Edition2019, "第二十条第（一）项 3 2|第二十条第（五）项 3 2|第二十条第（六）项 3 2|第二十条第（八）项 2 1|第二十条第（九）项 2 1")]
    [InlineData(FormatEdition.Edition2021, "第二十条第（一）项 3 2|第二十条第（五）项 1 1|第二十条第（六）项 1 2|第二十条第（八）项 1 1")]
    public void Section_two_has_one_table_per_sub_table_with_its_caption(FormatEdition edition, string expected)
    {
        var section = Build(edition).Sections[0];
        Assert.Equal(ProactiveDisclosureLayout.Title, section.Title);
        Assert.Equal(expected, string.Join('|', section.Tables.Select(t => $"{t.Caption} {t.DataColumnCount} {t.BodyRows.Count}")));
        Assert.All(section.Tables, t =>
        {
            Assert.Equal(t.Label.Chinese, t.Caption);
            Assert.Equal(1, t.RowHeaderColumnCount);
            var header = Assert.Single(t.HeaderRows);
            Assert.Equal("信息内容[Column 1x1 L0]", Describe(header.Headers[0]));
            Assert.Equal(ProactiveTableDefinition.RowHeader, t.Corner!.Label);
            Assert.All(header.Headers.Skip(1), h => Assert.Equal(HeaderScope.Column, h.Scope));
            Assert.All(t.BodyRows, r => Assert.Equal(HeaderScope.Row, Assert.Single(r.Headers).Scope));
        });
    }

    [Theory]
    [InlineData(FormatEdition.Edition2019, 198)]
    [InlineData(FormatEdition.Edition2021, 200)]
    public void Data_cells_are_the_report_cells_in_print_order(FormatEdition edition, int count)
    {
        var report = Samples.All.Single(s => s.Edition == edition);
        var tables = ReportTables.Build(report);
        var expected = ReportCells.GetCells(report);
        Assert.Equal(edition, tables.Edition);
        Assert.Equal(count, tables.Cells.Count);
        Assert.Equal(expected.Select(c => c.PropertyPath), tables.Cells.Select(c => c.PropertyPath));
        Assert.Equal(expected, tables.Cells.Select(c => c.Cell));
        Assert.Equal(Enumerable.Range(0, count), tables.Cells.Select(c => c.Index));

        // Walking the grid visits the same cells in the same order.
        var walked = tables.Sections.SelectMany(s => s.Tables).SelectMany(t => t.BodyRows).SelectMany(r => r.Cells).ToList();
        Assert.Equal(tables.Cells, walked);
        Assert.All(tables.Sections.SelectMany(s => s.Tables), t => Assert.Equal(t.BodyRows.SelectMany(r => r.Cells), t.Cells));
        Assert.All(tables.Cells, c => Assert.Same(c, tables.FindCell(c.PropertyPath)));
    }

    [Theory]
    [InlineData(FormatEdition.Edition2019)]
    [InlineData(FormatEdition.Edition2021)]
    public void Every_grid_row_is_as_wide_as_the_table_once_spans_are_counted(FormatEdition edition)
    {
        foreach (var table in Build(edition).Sections.SelectMany(s => s.Tables))
        {
            var carried = new List<(int Rows, int Columns)>();
            var rows = table.HeaderRows.Concat(table.BodyRows).ToList();
            foreach (var row in rows)
            {
                var width = carried.Sum(c => c.Columns) + row.Headers.Sum(h => h.ColSpan) + row.Cells.Count;
                carried = [.. carried.Select(c => (c.Rows - 1, c.Columns)).Where(c => c.Item1 > 0)];
                carried.AddRange(row.Headers.Where(h => h.RowSpan > 1).Select(h => (h.RowSpan - 1, h.ColSpan)));
                Assert.Equal(table.RowHeaderColumnCount + table.DataColumnCount, width);
            }

            Assert.Empty(carried);
            Assert.Equal(table.DataColumnCount, table.Columns.Count);
            Assert.All(table.BodyRows, r => Assert.Equal(table.Columns, r.Cells.Select(c => c.Column)));
        }
    }

    [Fact]
    public void Blank_cells_stay_blank_and_zero_stays_zero()
    {
        var report = Samples.Yeji2020 with
        {
            ReviewAndLitigation = Samples.Yeji2020.ReviewAndLitigation with { AdministrativeReview = default },
            Applications = Samples.Yeji2020.Applications with
            {
                NewlyReceived = Samples.Yeji2020.Applications.NewlyReceived with { Total = null },
            },
        };
        var tables = ReportTables.Build(report);
        var blank = tables.Cells.Where(c => c.IsBlank).ToList();
        Assert.Equal(
            ["Applications.NewlyReceived.Total", "ReviewAndLitigation.AdministrativeReview.Upheld", "ReviewAndLitigation.AdministrativeReview.Corrected",
             "ReviewAndLitigation.AdministrativeReview.OtherResult", "ReviewAndLitigation.AdministrativeReview.Pending", "ReviewAndLitigation.AdministrativeReview.Total"],
            blank.Select(c => c.PropertyPath));
        Assert.All(blank, c =>
        {
            Assert.Null(c.Value);
            Assert.Equal(string.Empty, c.Text);
        });
        var zero = tables.FindCell("Applications.NewlyReceived.NaturalPerson")!;
        Assert.False(zero.IsBlank);
        Assert.Equal(0m, zero.Value);
        Assert.Equal("0", zero.Text);
        Assert.Equal("Applications.NewlyReceived.NaturalPerson: 0", zero.ToString());
    }

    [Fact]
    public void Data_cells_carry_kind_value_and_unit()
    {
        var tables = ReportTables.Build(Samples.Yeji2020 with { ProactiveDisclosure = ProactiveDisclosureTests.Build2019() });
        var amount = tables.FindCell("ProactiveDisclosure.Article20Item9.CentralizedProcurement.TotalAmount")!;
        Assert.Equal((CellKind.Amount, 73802895.90m, MoneyUnit.Yuan, "73802895.90元"), (amount.Kind, amount.Value, amount.Unit, amount.Text));
        var change = tables.FindCell("ProactiveDisclosure.Article20Item6.AdministrativePenalty.ChangeThisYear")!;
        Assert.Equal((CellKind.SignedCount, -18m, (MoneyUnit?)null, "-18"), (change.Kind, change.Value, change.Unit, change.Text));
        Assert.Equal("上一年项目数量 本年增/减 处理决定数量", string.Join(' ', tables.Sections[0].Tables[2].Columns.Select(c => c.Header.Text)));

        var fees = ReportTables.Build(Samples.Pingtan2022).FindCell("ProactiveDisclosure.Article20Item8.AdministrativeFees")!;
        Assert.Equal((CellKind.Amount, 9116.36m, (MoneyUnit?)null, "9116.36"), (fees.Kind, fees.Value, fees.Unit, fees.Text));
    }

    [Fact]
    public void FindCell_finds_only_the_cells_of_the_edition()
    {
        var tables = ReportTables.Build(Samples.Yeji2020);
        Assert.Null(tables.FindCell("Applications.Outcomes.OtherHandling.FeeNotPaid.Total"));
        Assert.Null(tables.FindCell("Applications.NewlyReceived"));
        Assert.NotNull(tables.FindCell("Applications.Outcomes.OtherHandling.Total"));
        Assert.NotNull(ReportTables.Build(Samples.Pingtan2022).FindCell("Applications.Outcomes.OtherHandling.FeeNotPaid.Total"));
        Assert.Throws<ArgumentNullException>("propertyPath", () => tables.FindCell(null!));
    }

    [Fact]
    public void Build_and_the_formatters_reject_null_and_mixed_editions()
    {
        Assert.Throws<ArgumentNullException>("report", () => ReportTables.Build(null!));
        var mixed = Samples.Yeji2020 with { Metadata = Samples.Yeji2020.Metadata with { Edition = FormatEdition.Edition2021 } };
        Assert.Throws<ArgumentException>("report", () => ReportTables.Build(mixed));
        ITableFormatter[] formatters = [new MarkdownTableFormatter(), new HtmlTableFormatter(), new TextTableFormatter()];
        Assert.All(formatters, f => Assert.Throws<ArgumentNullException>("tables", () => f.Format(null!)));
    }

    [Fact]
    public void The_library_formatters_write_what_ReportRenderer_returns()
    {
        var tables = ReportTables.Build(Samples.Pingtan2022);
        Assert.Equal(ReportRenderer.ToMarkdown(Samples.Pingtan2022), new MarkdownTableFormatter().Format(tables));
        Assert.Equal(ReportRenderer.ToHtml(Samples.Pingtan2022), new HtmlTableFormatter().Format(tables));
        Assert.True(new HtmlTableFormatter().IncludeStyleSheet);
        Assert.Equal(ReportRenderer.ToHtml(Samples.Pingtan2022, includeStyleSheet: false), new HtmlTableFormatter { IncludeStyleSheet = false }.Format(tables));
        Assert.Equal(ReportRenderer.ToTablesText(Samples.Pingtan2022), new TextTableFormatter().Format(tables));
    }

    [Fact]
    public void A_formatter_of_your_own_walks_the_same_model()
    {
        // A CSV-like formatter: one line per data cell, with the labels above and beside it.
        var csv = new CsvLikeFormatter().Format(ReportTables.Build(Samples.Pingtan2022)).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(200, csv.Length);
        Assert.Equal("第二十条第（八）项,行政事业性收费,本年收费金额（单位：万元）,9116.36", csv[9]);
        Assert.Equal("三、收到和处理政府信息公开申请情况,一、本年新收政府信息公开申请数量,申请人情况/总计,74", csv[16]);
        Assert.Equal("三、收到和处理政府信息公开申请情况,三、本年度办理结果/（三）不予公开/1.属于国家秘密,申请人情况/法人或其他组织/商业企业,0", csv[10 + (4 * 7) + 1]);
        Assert.Equal("四、政府信息公开行政复议、行政诉讼情况,,行政诉讼/复议后起诉/总计,0", csv[^1]);
    }

    #region outputs-table-formatter
    /// <summary>Lists the cells a validator flagged, each with the labels beside and above it.</summary>
    public sealed class FindingsFormatter(IReadOnlySet<string> failingPaths) : ITableFormatter
    {
        public string Format(ReportTables tables)
        {
            var text = new StringBuilder();
            foreach (RenderedTable table in tables.Sections.SelectMany(s => s.Tables))
            {
                var rowLabels = new List<string>();                   // the row labels in force, outermost first
                foreach (RenderedRow row in table.BodyRows)
                {
                    foreach (RenderedHeaderCell label in row.Headers)  // a group label starts in its first row only
                    {
                        rowLabels.RemoveRange(label.Level, rowLabels.Count - label.Level);
                        rowLabels.Add(label.Text);
                    }

                    foreach (RenderedDataCell cell in row.Cells.Where(c => failingPaths.Contains(c.PropertyPath)))
                    {
                        text.Append(CultureInfo.InvariantCulture, $"{string.Join(" / ", rowLabels)} | {cell.Column} | {cell.Text}\n");
                    }
                }
            }

            return text.ToString();
        }
    }
    #endregion

    [Fact]
    public void A_findings_formatter_highlights_the_cells_a_validator_names()
    {
        #region outputs-table-formatter-use
        DisclosureReport report = Samples.Pingtan2022;
        report = report with
        {
            Applications = report.Applications with
            {
                Outcomes = ((ApplicationOutcomes2021)report.Applications.Outcomes) with
                {
                    Withheld = report.Applications.Outcomes.Withheld with
                    {
                        StateSecret = report.Applications.Outcomes.Withheld.StateSecret.With(ApplicantColumn.NaturalPerson, 1),
                    },
                },
            },
        };

        var failing = new DisclosureReportValidator().Validate(report).Errors.Select(f => f.PropertyName).ToHashSet();
        string findings = new FindingsFormatter(failing).Format(ReportTables.Build(report));
        // 三、本年度办理结果 / （三）不予公开 / 1.属于国家秘密 | 申请人情况 总计 | 0      (R3: the row's total)
        // 三、本年度办理结果 / （七）总计 | 申请人情况 自然人 | 72                      (R2: the column's outcome total)
        #endregion

        Assert.Equal(
            "三、本年度办理结果 / （三）不予公开 / 1.属于国家秘密 | 申请人情况 总计 | 0\n"
            + "三、本年度办理结果 / （七）总计 | 申请人情况 自然人 | 72\n",
            findings);

        // The information about the narrative (reported when asked) names no cell, so the page shows only the two errors.
        Assert.Equal(
            ["R2 Applications.Outcomes.Total.NaturalPerson", "R3 Applications.Outcomes.Withheld.StateSecret.Total", "W2 Overview"],
            new DisclosureReportValidator(new DisclosureValidatorOptions { MinimumSeverity = FluentValidation.Severity.Info }).Validate(report).Errors.Select(f => $"{f.ErrorCode} {f.PropertyName}").Order(StringComparer.Ordinal));
    }

    private sealed class CsvLikeFormatter : ITableFormatter
    {
        public string Format(ReportTables tables)
        {
            var text = new StringBuilder();
            foreach (var section in tables.Sections)
            {
                foreach (var table in section.Tables)
                {
                    var labels = new List<string>();
                    foreach (var row in table.BodyRows)
                    {
                        foreach (var header in row.Headers)
                        {
                            labels.RemoveRange(header.Level, labels.Count - header.Level);
                            labels.Add(header.Text);
                        }

                        foreach (var cell in row.Cells)
                        {
                            text.Append(CultureInfo.InvariantCulture, $"{table.Label.Chinese},{string.Join('/', labels)},{string.Join('/', cell.Column.Headers.Select(h => h.Text))},{cell.Text}\n");
                        }
                    }
                }
            }

            return text.ToString();
        }
    }

    private static ReportTables Build(FormatEdition edition) => ReportTables.Build(Samples.All.Single(s => s.Edition == edition));

    private static string Describe(RenderedRow row) => string.Join(' ', row.Headers.Select(Describe));

    private static string Describe(RenderedHeaderCell h) => $"{h.Text}[{h.Scope} {h.RowSpan}x{h.ColSpan} L{h.Level}]";
}
