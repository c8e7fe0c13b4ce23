using System.Globalization;
using DisclosureModel.Import;
using DisclosureModel.Rendering;
using DisclosureModel.Tests.Import.Conformance;
using DisclosureModel.Validation;

namespace DisclosureModel.Tests.Import;

/// <summary>
/// Run-together digits (issue 14, point 5): reports rendered with every table's cells run together, as the Pingtan
/// crawler stores them, read back cell by cell: each cell exact, or blank with an error naming it (an ambiguous run
/// listing the true reading among its candidates), never a wrong number; with and without the narrative sentences
/// that state Section 二 numbers, and with and without the previous year's report.
/// </summary>
public class RunTogetherSolvingTests
{
    public static TheoryData<string> Fixed => ["Yeji2020", "Pingtan2022", "Pingtan2020"];

    // ---- The mechanical transformations -----------------------------------------------------------------------------

    /// <summary>Gets the report with every blank table cell 0 (crawled pages that run cells together print 0).</summary>
    internal static DisclosureReport BlanksAsZero(DisclosureReport report)
    {
        var catalog = CellCatalog.Get(report.Edition);
        var values = catalog.Read(report);
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = values[i].IsBlank ? new CellValue(0, values[i].Unit) : values[i];
        }

        return catalog.Build(report, values);
    }

    /// <summary>
    /// Gets the report with its tables made to hold every equation of the rule table (counts cut to their last three digits first): R3 (each row's 总计), R2 (（七）总计),
    /// R1 (一、本年新收 from the others; 二 raised where 一 would be negative), R4 (each block's 总计), R7 and R6 (2019
    /// Section 二). Generated reports draw cells at random; a page that runs cells together is only decidable when it
    /// adds up.
    /// </summary>
    internal static DisclosureReport Balanced(DisclosureReport report)
    {
        var edition = report.Edition;
        var catalog = CellCatalog.Get(edition);
        var values = catalog.Read(report);
        decimal N(CellDefinition cell) => values[cell.Index].Number ?? 0;
        void Set(CellDefinition cell, decimal number) => values[cell.Index] = new CellValue(number, values[cell.Index].Unit);

        // Counts of up to nine digits would overflow their sums: keep their last three digits.
        foreach (var cell in catalog.Cells.Where(c => c.Kind == CellKind.Count))
        {
            Set(cell, N(cell) % 1000);
        }

        var rows = ApplicationsLayout.GetRows(edition);
        foreach (var column in ApplicantColumns.Applicants)
        {
            var outcomes = rows.Where(r => r.IsOutcome).Sum(r => N(catalog.GetCell(r.Row, column)));
            Set(catalog.GetCell(ApplicationRow.OutcomesTotal, column), outcomes);
            var newly = outcomes + N(catalog.GetCell(ApplicationRow.CarriedForwardToNextYear, column)) - N(catalog.GetCell(ApplicationRow.CarriedOverFromLastYear, column));
            if (newly < 0)
            {
                Set(catalog.GetCell(ApplicationRow.CarriedOverFromLastYear, column), N(catalog.GetCell(ApplicationRow.CarriedOverFromLastYear, column)) - newly);
                newly = 0;
            }

            Set(catalog.GetCell(ApplicationRow.NewlyReceived, column), newly);
        }

        foreach (var row in rows)
        {
            Set(catalog.GetCell(row.Row, ApplicantColumn.Total), ApplicantColumns.Applicants.Sum(c => N(catalog.GetCell(row.Row, c))));
        }

        foreach (var block in ReviewAndLitigationLayout.Blocks)
        {
            Set(catalog.GetCell(block, CaseResultColumn.Total), ReviewAndLitigationLayout.Columns.Take(4).Sum(c => N(catalog.GetCell(block, c))));
        }

        foreach (var equation in BalancingRules.GetProactiveEquations(edition))
        {
            // R7: 对外公开总数量 ≥ 本年新公开数量; R6: 上一年项目数量 + 本年增/减 ≥ 0 (the change is the subject).
            var left = equation.Left.SelectMany(t => t.Cells).Sum(c => N(catalog.Cells[c.Index]));
            var right = equation.Right.SelectMany(t => t.Cells).Sum(c => N(catalog.Cells[c.Index]));
            if (left < right)
            {
                var subject = catalog.Cells[equation.Subject.Index];
                Set(subject, N(subject) + (right - left));
            }
        }

        return catalog.Build(report, values);
    }

    /// <summary>Renders a report as text with the tables (Section 二 to the end of Section 四) run together on one line.</summary>
    internal static string RunTogether(DisclosureReport report)
    {
        var paragraphs = ReportRenderer.ToText(report).TrimEnd('\n').Split("\n\n").ToList();
        var start = paragraphs.IndexOf(ProactiveDisclosureLayout.Title.Chinese);
        var end = paragraphs.IndexOf(ReportSectionsLayout.ProblemsAndImprovementsTitle.Chinese);
        Assert.True(start > 0 && end > start);
        var line = string.Concat(paragraphs.GetRange(start, end - start));
        paragraphs.RemoveRange(start, end - start);
        paragraphs.Insert(start, line);
        return string.Join("\n\n", paragraphs) + "\n";
    }

    /// <summary>
    /// Gets sentences that state a report's Section 二 numbers: each phrase of the importer's catalogue
    /// (<see cref="SectionTwoEvidence.Patterns"/>), its example with the report's number.
    /// </summary>
    internal static string Statements(DisclosureReport report)
    {
        var values = CellCatalog.Get(report.Edition).Read(report);
        var sentences = new List<string>();
        foreach (var pattern in SectionTwoEvidence.Patterns.Where(p => p.Edition == report.Edition))
        {
            var cell = CellCatalog.Get(report.Edition).Find(pattern.PropertyPath)!;
            var value = values[cell.Index];
            var example = pattern.ExampleNumber.ToString(CultureInfo.InvariantCulture);
            Assert.Equal(2, pattern.Example.Split(example).Length);
            if (value.Number is not { } number || (pattern.Pattern.Contains("unit", StringComparison.Ordinal) && value.Unit is not MoneyUnit.Yuan))
            {
                continue;
            }

            sentences.Add(pattern.Example.Replace(example, number.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal));
        }

        return string.Join("。", sentences) + "。";
    }

    /// <summary>Gets the run-together text of a report without the sentences of its narrative that state Section 二 numbers.</summary>
    internal static string Plain(DisclosureReport report) => WithoutStatements(RunTogether(report));

    /// <summary>Gets the run-together text of a report with sentences stating its own Section 二 numbers (and no others) at the end.</summary>
    internal static string Stated(DisclosureReport report) => Plain(report) + "\n" + Statements(report) + "\n";

    /// <summary>Removes from a text every phrase of the catalogue that states a Section 二 number.</summary>
    internal static string WithoutStatements(string text)
    {
        foreach (var pattern in SectionTwoEvidence.Patterns)
        {
            text = pattern.Regex.Replace(text, string.Empty);
        }

        return text;
    }

    /// <summary>
    /// Gets a previous year's report for which the year-to-year relations X2–X4 hold with this one: 对外公开总数量 =
    /// this year's − 本年新公开数量 (X3), 上一年项目数量 the same with no change (X2), 现行有效件数 = this year's − 本年制发件数 +
    /// 本年废止件数 (X4), blank where that would be negative; every other Section 二 cell blank. Null for a report of the
    /// first year of the format.
    /// </summary>
    internal static DisclosureReport? PreviousOf(DisclosureReport report)
    {
        if (report.Metadata.ReportYear - 1 < ReportYears.Minimum)
        {
            return null;
        }

        var catalog = CellCatalog.Get(report.Edition);
        var current = catalog.Read(report);
        var values = new CellValue[catalog.Count];
        foreach (var relation in ContinuityRelation.Of(report.Edition))
        {
            var expected = current[catalog.Find(relation.Subject)!.Index].Number - relation.Current.Sum(c => c.Sign * (current[catalog.Find(c.Path)!.Index].Number ?? 0));
            values[catalog.Find(relation.Previous[0])!.Index] = expected >= 0 ? new CellValue(expected) : CellValue.Blank;
            foreach (var other in relation.Previous.Skip(1))
            {
                values[catalog.Find(other)!.Index] = new CellValue(0);
            }
        }

        return catalog.Build(report, values) with { Metadata = report.Metadata with { ReportYear = report.Metadata.ReportYear - 1 } };
    }

    // ---- The oracle ---------------------------------------------------------------------------------------------------

    /// <summary>
    /// Every table cell is exact, or blank with an error naming it or its row; an ambiguous run that lists all its
    /// candidates lists the true reading; every settled ambiguity names its evidence with the one candidate taken.
    /// </summary>
    internal static int AssertExactOrUnread(DisclosureReport expected, ImportResult result)
    {
        var actual = result.Report;
        Assert.True(actual is not null, result.Log.ToCanonicalText());
        Assert.Equal(expected.Edition, actual.Edition);
        var catalog = CellCatalog.Get(expected.Edition);
        var want = catalog.Read(expected);
        var got = catalog.Read(actual);
        var errors = result.Log.Diagnostics.Where(d => d.Severity == ImportSeverity.Error).ToList();
        var exact = 0;
        foreach (var cell in catalog.Cells)
        {
            var (w, g) = (want[cell.Index], got[cell.Index]);
            if (g.Number == w.Number && (cell.Unit is not null || g.Unit == w.Unit))
            {
                exact++;
                continue;
            }

            Assert.True(g.IsBlank, $"{cell.PropertyPath}: expected {w}, read {g} (a wrong number)\n{result.Log.ToCanonicalText()}");
            var error = errors.FirstOrDefault(d => d.PropertyPath is { } p && (p == cell.PropertyPath || cell.PropertyPath.StartsWith(p + ".", StringComparison.Ordinal)));
            Assert.True(error is not null, $"{cell.PropertyPath}: blank with no error naming it\n{result.Log.ToCanonicalText()}");
            if (error.Code == ImportDiagnosticCode.AmbiguousSplit && !error.Candidates.Any(c => c.StartsWith('…')))
            {
                var truth = ImportContext.FormatCandidate([.. catalog.Cells.Where(c => c.PropertyPath.StartsWith(error.PropertyPath + ".", StringComparison.Ordinal)).Select(c => want[c.Index])]);
                Assert.True(error.Candidates.Contains(truth), $"{error.PropertyPath}: the true reading {truth} is not among the candidates {string.Join(" ; ", error.Candidates)}");
            }
        }

        foreach (var settled in result.Log.Diagnostics.Where(d => d.MessageId is var id && (id == ImportMessages.DecidedByEvidence.Id || id == ImportMessages.DecidedJointly.Id || id == ImportMessages.DecidedByColumnIdentities.Id)))
        {
            Assert.Equal(ImportSeverity.Info, settled.Severity);
            Assert.Single(settled.Candidates);
            Assert.DoesNotContain(errors, e => e.PropertyPath == settled.PropertyPath);
        }

        return exact;
    }

    private static ImportOptions Options(DisclosureReport report, DisclosureReport? previous = null) =>
        new() { AgencyKind = report.Metadata.AgencyKind, ReadBlanksAsZero = false, PreviousReport = previous };

    // ---- Fixed and generated reports, run together ----------------------------------------------------------------------

    [Theory]
    [MemberData(nameof(Fixed))]
    public void Fixed_reports_run_together_read_exactly_or_unread(string name)
    {
        var report = BlanksAsZero(ConformanceReports.Get(name));

        AssertExactOrUnread(report, ReportImporter.ImportText(RunTogether(report), Options(report)));
        AssertExactOrUnread(report, ReportImporter.ImportText(Plain(report), Options(report)));
        AssertExactOrUnread(report, ReportImporter.ImportText(Stated(report), Options(report)));
        AssertExactOrUnread(report, ReportImporter.ImportText(Plain(report), Options(report, PreviousOf(report))));
    }

    [Theory]
    [MemberData(nameof(ConformanceReports.GeneratedIndices), MemberType = typeof(ConformanceReports))]
    public void Generated_reports_run_together_read_exactly_or_unread_and_evidence_only_adds_exact_cells(int index)
    {
        var report = Balanced(BlanksAsZero(ConformanceReports.Generated(index)));

        var plain = ReportImporter.ImportText(Plain(report), Options(report));
        var stated = ReportImporter.ImportText(Stated(report), Options(report));
        var previous = ReportImporter.ImportText(Plain(report), Options(report, PreviousOf(report)));

        var exact = AssertExactOrUnread(report, plain);
        Assert.True(AssertExactOrUnread(report, stated) >= exact);
        Assert.True(AssertExactOrUnread(report, previous) >= exact);

        // True evidence never conflicts; every run it settles names it.
        foreach (var result in new[] { stated, previous })
        {
            Assert.DoesNotContain(result.Log.Diagnostics, d => d.MessageId == ImportMessages.EvidenceConflicts.Id);
            Assert.All(result.Log.Diagnostics.Where(d => d.Code == ImportDiagnosticCode.SplitDecidedByEvidence), d => Assert.Equal(ImportMessages.DecidedByEvidence.Id, d.MessageId));
        }

        Assert.All(stated.Log.Diagnostics.Where(d => d.Code == ImportDiagnosticCode.SplitDecidedByEvidence), d => Assert.Contains("the report's own text “", d.Message, StringComparison.Ordinal));
        Assert.All(previous.Log.Diagnostics.Where(d => d.Code == ImportDiagnosticCode.SplitDecidedByEvidence), d => Assert.Contains("the previous year's report (", d.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void The_2021_sample_run_together_is_complete_with_its_statements_or_its_previous_report_and_not_without()
    {
        var report = Samples.Pingtan2022;

        // The sample's Section 一 states 698 in force and 88 issued, as the page does: without those sentences, first.
        var plain = ReportImporter.ImportText(Plain(report), Options(report));
        var stated = ReportImporter.ImportText(Stated(report), Options(report));
        var previous = ReportImporter.ImportText(Plain(report), Options(report, PreviousOf(report)));

        // 行政规范性文件8855698: fifteen candidates and no rule.
        var ambiguous = Assert.Single(plain.Log.Diagnostics, d => d.Code == ImportDiagnosticCode.AmbiguousSplit);
        Assert.Equal("ProactiveDisclosure.Article20Item1.NormativeDocuments", ambiguous.PropertyPath);
        Assert.Equal(15, ambiguous.Candidates.Count);
        Assert.Equal(report.ProactiveDisclosure, stated.Report!.ProactiveDisclosure);
        Assert.True(stated.IsComplete, stated.Log.ToCanonicalText());

        // X4 alone (现行有效 = 665 + 88 − 55) leaves one candidate of fifteen.
        Assert.Equal(report.ProactiveDisclosure, previous.Report!.ProactiveDisclosure);
        Assert.True(previous.IsComplete, previous.Log.ToCanonicalText());
        var settled = Assert.Single(previous.Log.Diagnostics, d => d.Code == ImportDiagnosticCode.SplitDecidedByEvidence);
        Assert.Equal(
            ImportMessages.DecidedByEvidence.FormatEnglish(
                ("what", "第二十条第（一）项 行政规范性文件"), ("count", 15),
                ("evidence", ImportMessages.EvidenceRelation.FormatEnglish(("year", 2021), ("code", "X4"), ("equation", DisclosureRules.InForceContinuity.Equation), ("previous", "现行有效件数 665")))),
            settled.Message);
        Assert.Equal(["88 55 698"], settled.Candidates);
    }

    // ---- The real 2020 page with real evidence --------------------------------------------------------------------------

    [Fact]
    public void Pingtan_2020_settles_its_normative_documents_by_X3_with_the_2019_report()
    {
        // The 2019 report of the same agency printed 对外公开总数量 89 for 规范性文件 (spec, X3: 89 + 77 = 166). Only
        // that cell is given: every other Section 二 cell of the previous report is blank, so no other relation applies.
        var catalog = CellCatalog.Edition2019;
        var values = new CellValue[catalog.Count];
        values[catalog.Find("ProactiveDisclosure.Article20Item1.NormativeDocuments.TotalPublished")!.Index] = new CellValue(89);
        var previous = catalog.Build(CorpusReports.Pingtan2020, values) with { Metadata = CorpusReports.Pingtan2020.Metadata with { ReportYear = 2019 } };

        var result = ReportImporter.ImportText(TestData.Read("002_pingtan-zone_2020.txt"), new ImportOptions { AgencyKind = AgencyKind.Government, PreviousReport = previous });
        var proactive = (ProactiveDisclosure2019)result.Report!.ProactiveDisclosure;

        Assert.Equal(new DocumentCounts2019(77, 77, 166), proactive.Article20Item1.NormativeDocuments);
        var settled = Assert.Single(result.Log.Diagnostics, d => d.Code == ImportDiagnosticCode.SplitDecidedByEvidence);
        Assert.Equal("ProactiveDisclosure.Article20Item1.NormativeDocuments", settled.PropertyPath);
        Assert.Contains("by X3", settled.Message, StringComparison.Ordinal);
        Assert.Contains("对外公开总数量 89", settled.Message, StringComparison.Ordinal);

        // Everything else is as without the previous report: the other runs stay blank with their candidates.
        var without = CorpusReports.Pingtan2020Import;
        var expected = CellCatalog.Edition2019.Read(without.Report!);
        var read = CellCatalog.Edition2019.Read(result.Report);
        foreach (var cell in CellCatalog.Edition2019.Cells.Where(c => !c.PropertyPath.StartsWith("ProactiveDisclosure.Article20Item1.NormativeDocuments.", StringComparison.Ordinal)))
        {
            Assert.Equal(expected[cell.Index], read[cell.Index]);
        }

        Assert.Equal(
            without.Log.Diagnostics.Count(d => d.Code == ImportDiagnosticCode.AmbiguousSplit) - 1,
            result.Log.Diagnostics.Count(d => d.Code == ImportDiagnosticCode.AmbiguousSplit));
    }

    [Fact]
    public void A_previous_report_of_another_year_or_edition_is_not_used_and_the_log_says_so()
    {
        var previous = PreviousOf(Samples.Pingtan2022)! with { Metadata = Samples.Pingtan2022.Metadata with { ReportYear = 2020 } };

        var result = ReportImporter.ImportText(Plain(Samples.Pingtan2022), Options(Samples.Pingtan2022, previous));

        Assert.True(((ProactiveDisclosure2021)result.Report!.ProactiveDisclosure).Article20Item1.NormativeDocuments.InForce is null);
        var warning = Assert.Single(result.Log.Diagnostics, d => d.MessageId == ImportMessages.PreviousReportNotUsed.Id);
        Assert.Equal(ImportSeverity.Warning, warning.Severity);
        Assert.Equal(ImportMessages.PreviousReportNotUsed.FormatEnglish(("previousYear", 2020), ("previousEdition", "2021"), ("year", "2022"), ("edition", "2021")), warning.Message);
    }

    // ---- Conflicting and insufficient evidence --------------------------------------------------------------------------

    [Fact]
    public void Conflicting_evidence_leaves_the_run_unread_and_names_every_source()
    {
        // The narrative says 698 in force and 88 issued (88 55 698); a previous report with 5615 in force makes X4 agree
        // only with 88 5 5698. No candidate agrees with all three.
        var previous = PreviousOf(Samples.Pingtan2022)!;
        var catalog = CellCatalog.Edition2021;
        var values = catalog.Read(previous);
        values[catalog.Find("ProactiveDisclosure.Article20Item1.NormativeDocuments.InForce")!.Index] = new CellValue(5615);
        previous = catalog.Build(previous, values);

        var result = ReportImporter.ImportText(TestData.Read("004_pingtan-zone_2022.txt"), new ImportOptions { PreviousReport = previous });

        Assert.Equal(new DocumentCounts2021(null, null, null), ((ProactiveDisclosure2021)result.Report!.ProactiveDisclosure).Article20Item1.NormativeDocuments);
        var conflict = Assert.Single(result.Log.Diagnostics, d => d.PropertyPath == "ProactiveDisclosure.Article20Item1.NormativeDocuments");
        Assert.Equal(ImportDiagnosticCode.AmbiguousSplit, conflict.Code);
        Assert.Equal(ImportSeverity.Error, conflict.Severity);
        Assert.Equal(ImportMessages.EvidenceConflicts.Id, conflict.MessageId);
        Assert.Contains("“集中公开现行有效行政规范性文件698件”", conflict.Message, StringComparison.Ordinal);
        Assert.Contains("“动态更新本年度制发的规范性文件88件”", conflict.Message, StringComparison.Ordinal);
        Assert.Contains("by X4", conflict.Message, StringComparison.Ordinal);
        Assert.Equal(15, conflict.Candidates.Count);
        Assert.False(result.IsComplete);
    }

    [Fact]
    public void A_stated_number_no_candidate_agrees_with_is_a_conflict_and_one_that_leaves_several_is_not_enough()
    {
        var page = TestData.Read("004_pingtan-zone_2022.txt");

        // 699 in force: no split of 8855698 ends in 699.
        var conflict = ReportImporter.ImportText(page.Replace("现行有效行政规范性文件698件，动态更新本年度制发的规范性文件88件", "现行有效行政规范性文件699件", StringComparison.Ordinal));
        var error = Assert.Single(conflict.Log.Diagnostics, d => d.PropertyPath == "ProactiveDisclosure.Article20Item1.NormativeDocuments");
        Assert.Equal(ImportMessages.EvidenceConflicts.Id, error.MessageId);
        Assert.Contains("“集中公开现行有效行政规范性文件699件”", error.Message, StringComparison.Ordinal);

        // 698 in force alone: 8 855 698, 88 55 698 and 885 5 698 agree.
        var several = ReportImporter.ImportText(page.Replace("，动态更新本年度制发的规范性文件88件", string.Empty, StringComparison.Ordinal));
        error = Assert.Single(several.Log.Diagnostics, d => d.PropertyPath == "ProactiveDisclosure.Article20Item1.NormativeDocuments");
        Assert.Equal(ImportMessages.EvidenceNotDecisive.Id, error.MessageId);
        Assert.Equal(ImportSeverity.Error, error.Severity);
        Assert.Equal(["8 855 698", "88 55 698", "885 5 698"], error.Candidates);
        Assert.Null(((ProactiveDisclosure2021)several.Report!.ProactiveDisclosure).Article20Item1.NormativeDocuments.InForce);
    }

    [Fact]
    public void Every_phrase_of_the_catalogue_matches_its_example_and_speaks_of_a_cell_of_its_edition()
    {
        foreach (var pattern in SectionTwoEvidence.Patterns)
        {
            var match = pattern.Regex.Match(pattern.Example);
            Assert.True(match.Success, pattern.Example);
            Assert.Equal(pattern.ExampleNumber, decimal.Parse(match.Groups["n"].Value, CultureInfo.InvariantCulture));
            Assert.NotNull(CellCatalog.Get(pattern.Edition).Find(pattern.PropertyPath));
        }

        Assert.Equal(SectionTwoEvidence.Patterns.Count, SectionTwoEvidence.Patterns.Select(p => (p.Edition, p.PropertyPath)).Distinct().Count());
    }

    [Fact]
    public void The_year_to_year_relations_are_X2_X3_and_X4_over_the_catalogue_cells()
    {
        var relations2019 = ContinuityRelation.Of(FormatEdition.Edition2019);
        var relations2021 = ContinuityRelation.Of(FormatEdition.Edition2021);

        Assert.Equal(["X3", "X3", "X2", "X2", "X2", "X2", "X2"], relations2019.Select(r => r.Rule.Code));
        Assert.Equal(["X4", "X4"], relations2021.Select(r => r.Rule.Code));
        Assert.All(relations2019.Concat(relations2021).SelectMany(r => r.Previous.Append(r.Subject).Concat(r.Current.Select(c => c.Path))), p =>
            Assert.True(CellCatalog.Edition2019.Find(p) is not null || CellCatalog.Edition2021.Find(p) is not null, p));
    }

    // ---- Section 三 solved as a whole ------------------------------------------------------------------------------------

    private static string Seed => TestData.Read("seed-yeji-2020.txt").Replace("\r\n", "\n", StringComparison.Ordinal);

    private static string WithRow(string text, string label, params string[] cells)
    {
        var zeros = "\n\n0\n\n0\n\n0\n\n0\n\n0\n\n0\n\n0\n";
        var at = text.IndexOf(label + zeros, StringComparison.Ordinal);
        Assert.True(at >= 0, label);
        return string.Concat(text.AsSpan(0, at), label + "\n\n" + string.Join("\n\n", cells) + "\n", text.AsSpan(at + label.Length + zeros.Length));
    }

    [Fact]
    public void A_row_is_decided_by_R1_although_R2_reads_an_unreadable_row()
    {
        // （七）总计 "110000011" is 11 0 0 0 0 0 11 or 1 10 0 0 0 0 11 under R3. （二）部分公开 lost a cell, so R2 cannot
        // be evaluated in any column; R1 (一 + 二 = （七） + 四) alone decides （七）: only 11 … makes 11 + 0 = x + 0 hold.
        var text = WithRow(Seed, "一、本年新收政府信息公开申请数量", "11", "0", "0", "0", "0", "0", "11");
        text = WithRow(text, "(一)予以公开", "11", "0", "0", "0", "0", "0", "11");
        text = WithRow(text, "(二)部分公开(区分处理的,只计这一情形,不计其他情形)", "0", "0", "0", "0", "0", "0");
        text = WithRow(text, "(七)总计", "110000011");

        var result = ReportImporter.ImportText(text, new ImportOptions { AgencyKind = AgencyKind.Department });

        Assert.Equal(new ApplicantCounts(11, 0, 0, 0, 0, 0, 11), result.Report!.Applications.Outcomes.Total);
        Assert.True(result.Report.Applications.Outcomes.PartiallyDisclosed.IsBlank);
        var decided = Assert.Single(result.Log.Diagnostics, d => d.PropertyPath == "Applications.Outcomes.Total");
        Assert.Equal(ImportSeverity.Info, decided.Severity);
        Assert.Equal(ImportMessages.DecidedByColumnIdentities.FormatEnglish(("rule", "R1")), decided.Message);
        Assert.Equal(["11 0 0 0 0 0 11"], decided.Candidates);
        var errors = result.Log.Diagnostics.Where(d => d.Severity == ImportSeverity.Error).ToList();
        Assert.Equal(["Applications.Outcomes.PartiallyDisclosed"], errors.Select(d => d.PropertyPath));
    }

    [Fact]
    public void Two_ambiguous_rows_with_two_solutions_for_the_table_stay_unread_with_their_candidates()
    {
        // （一） and （二） are each 11 0 … 11 or 1 10 … 11; （七） 12 10 0 0 0 0 22 holds for (11 0 | 1 10) and for
        // (1 10 | 11 0): the table has two solutions, so neither row is taken.
        var text = WithRow(Seed, "一、本年新收政府信息公开申请数量", "12", "10", "0", "0", "0", "0", "22");
        text = WithRow(text, "(一)予以公开", "110000011");
        text = WithRow(text, "(二)部分公开(区分处理的,只计这一情形,不计其他情形)", "110000011");
        text = WithRow(text, "(七)总计", "12", "10", "0", "0", "0", "0", "22");

        var result = ReportImporter.ImportText(text, new ImportOptions { AgencyKind = AgencyKind.Department });

        Assert.True(result.Report!.Applications.Outcomes.Disclosed.IsBlank);
        Assert.True(result.Report.Applications.Outcomes.PartiallyDisclosed.IsBlank);
        foreach (var path in new[] { "Applications.Outcomes.Disclosed", "Applications.Outcomes.PartiallyDisclosed" })
        {
            var error = Assert.Single(result.Log.Diagnostics, d => d.PropertyPath == path);
            Assert.Equal(ImportDiagnosticCode.AmbiguousSplit, error.Code);
            // The seed's empty lines around the run give readings with blank cells too (docs/import.md, "Layouts of
            // plain text"); the two readings without blanks are among the candidates either way.
            Assert.Subset(error.Candidates.ToHashSet(StringComparer.Ordinal), new HashSet<string>(["1 10 0 0 0 0 11", "11 0 0 0 0 0 11"], StringComparer.Ordinal));
        }
    }

    [Fact]
    public void Many_ambiguous_rows_are_solved_as_one_table()
    {
        // Every outcome row of a balanced table printed as "110000011"-like runs (11 0 … 11 or 1 10 … 11): no row can
        // be decided alone, and the joint search over all of them (2^6 combinations, pruned by bounds) finds one.
        var text = WithRow(Seed, "一、本年新收政府信息公开申请数量", "66", "0", "0", "0", "0", "0", "66");
        foreach (var label in new[] { "(一)予以公开", "(二)部分公开(区分处理的,只计这一情形,不计其他情形)", "1.属于国家秘密", "2.其他法律行政法规禁止公开", "1.本机关不掌握相关政府信息", "2.重复申请" })
        {
            text = WithRow(text, label, "110000011");
        }

        text = WithRow(text, "(七)总计", "66", "0", "0", "0", "0", "0", "66");

        var result = ReportImporter.ImportText(text, new ImportOptions { AgencyKind = AgencyKind.Department });

        Assert.True(result.IsComplete, result.Log.ToCanonicalText());
        Assert.Equal(new ApplicantCounts(11, 0, 0, 0, 0, 0, 11), result.Report!.Applications.Outcomes.Disclosed);
        Assert.Equal(new ApplicantCounts(66, 0, 0, 0, 0, 0, 66), result.Report.Applications.Outcomes.SumOfOutcomes());
        Assert.Equal(6, result.Log.Diagnostics.Count(d => d.MessageId == ImportMessages.DecidedJointly.Id));
    }

    [Fact]
    public void The_joint_search_is_bounded_and_a_search_out_of_budget_leaves_the_rows_unread()
    {
        var text = WithRow(Seed, "一、本年新收政府信息公开申请数量", "66", "0", "0", "0", "0", "0", "66");
        foreach (var label in new[] { "(一)予以公开", "(二)部分公开(区分处理的,只计这一情形,不计其他情形)", "1.属于国家秘密", "2.其他法律行政法规禁止公开", "1.本机关不掌握相关政府信息", "2.重复申请" })
        {
            text = WithRow(text, label, "110000011");
        }

        text = WithRow(text, "(七)总计", "66", "0", "0", "0", "0", "0", "66");
        var pending = new List<AmbiguousRun>();
        var sheet = new PartialSheet();
        var logged = ImportContext.Create(ImportDiagnosticCode.AmbiguousSplit, ImportSeverity.Error, SourceLocation.None, ImportMessages.AmbiguousAllSatisfy.With());
        var full = ReportImporter.ImportText(text, new ImportOptions { AgencyKind = AgencyKind.Department }).Report!;
        var values = CellCatalog.Edition2019.Read(full);
        foreach (var row in ApplicationsLayout.GetRows(FormatEdition.Edition2019))
        {
            var paths = ApplicationsReader.PathsOf(row);
            var cells = paths.Select(p => values[CellCatalog.Edition2019.Find(p)!.Index]).ToArray();
            if (cells[0].Number == 11)
            {
                CellValue[] other = [new(1), new(10), new(0), new(0), new(0), new(0), new(11)];
                pending.Add(new AmbiguousRun(paths, [other, cells], 0, "110000011", row.PropertyPath, row.Label.Chinese, logged));
            }
            else
            {
                sheet.Set(paths, cells);
            }
        }

        Assert.Equal(6, pending.Count);
        var spanning = ApplicationsReader.SpanningEquations(FormatEdition.Edition2019);

        var starved = SpanningSolver.Solve(spanning, sheet, [.. pending], budget: 5);
        Assert.Empty(starved.Decisions);
        Assert.Equal(pending, starved.SearchLimited);

        var solved = SpanningSolver.Solve(spanning, sheet, [.. pending]);
        Assert.Empty(solved.SearchLimited);
        Assert.Equal(pending, solved.Decisions.Select(d => d.Run).OrderBy(pending.IndexOf));
        Assert.All(solved.Decisions, d => Assert.Equal(11, d.Values[0].Number));
    }
}
