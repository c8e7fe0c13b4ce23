using System.Reflection;
using DisclosureModel.Validation;

namespace DisclosureModel.Tests;

/// <summary>
/// Consistency tests in the manner of NodaTime's: the catalogue is the one statement of the tables' structure, so these
/// tests check it against the model by reflection and against every component that derives from it, and name what was
/// forgotten.
/// </summary>
public class CellCatalogTests
{
    public static TheoryData<FormatEdition> Editions => [FormatEdition.Edition2019, FormatEdition.Edition2021];

    [Theory]
    [InlineData(FormatEdition.Edition2019, 22, 161, 15)]
    [InlineData(FormatEdition.Edition2021, 10, 175, 15)]
    public void The_catalogue_lists_every_section_in_print_order(FormatEdition edition, int proactive, int applications, int review)
    {
        var catalog = CellCatalog.Get(edition);
        Assert.Same(catalog, edition == FormatEdition.Edition2019 ? CellCatalog.Edition2019 : CellCatalog.Edition2021);
        Assert.Equal(edition, catalog.Edition);
        Assert.Equal(proactive + applications + review, catalog.Count);
        Assert.Equal(proactive, catalog.GetCells(StatutoryTable.ProactiveDisclosure).Count);
        Assert.Equal(applications, catalog.GetCells(StatutoryTable.Applications).Count);
        Assert.Equal(review, catalog.GetCells(StatutoryTable.ReviewAndLitigation).Count);
        Assert.Equal(Enumerable.Range(0, catalog.Count), catalog.Cells.Select(c => c.Index));
        Assert.All(catalog.Cells, c => Assert.Equal(edition, c.Edition));
        Assert.Equal(catalog.Count, catalog.Cells.Select(c => c.PropertyPath).Distinct().Count());
        Assert.Equal(catalog.Count, catalog.Cells.Select(c => c.Key).Distinct().Count());
        Assert.All(catalog.Cells, c => Assert.Same(c, catalog.Find(c.PropertyPath)));
        Assert.Null(catalog.Find("Applications.NewlyReceived"));
        Assert.Equal(
            [StatutoryTable.ProactiveDisclosure, StatutoryTable.Applications, StatutoryTable.ReviewAndLitigation],
            catalog.Cells.Select(c => c.Table).Distinct());
    }

    [Theory]
    [MemberData(nameof(Editions))]
    public void Every_count_and_amount_property_of_the_model_is_a_catalogue_cell_with_its_path(FormatEdition edition)
    {
        // Walk the public model of the edition's three tables by reflection: every settable int?, decimal? or
        // MoneyAmount? property is a cell, and its dotted path is the one the catalogue must list.
        var report = Samples.All.Single(s => s.Edition == edition);
        var modelPaths = new List<string>();
        ModelCells(report.ProactiveDisclosure.GetType(), "ProactiveDisclosure", modelPaths);
        ModelCells(typeof(ApplicationsTable), "Applications", modelPaths, report.Applications.Outcomes.GetType());
        ModelCells(typeof(ReviewAndLitigationTable), "ReviewAndLitigation", modelPaths);

        var catalogPaths = CellCatalog.Get(edition).Cells.Select(c => c.PropertyPath).ToList();
        var notInCatalog = modelPaths.Except(catalogPaths, StringComparer.Ordinal).ToList();
        var notInModel = catalogPaths.Except(modelPaths, StringComparer.Ordinal).ToList();
        Assert.True(notInCatalog.Count == 0, $"Model properties that the {edition.GetIdentifier()} catalogue does not list: {string.Join(", ", notInCatalog)}");
        Assert.True(notInModel.Count == 0, $"Catalogue cells that are not properties of the {edition.GetIdentifier()} model: {string.Join(", ", notInModel)}");
        Assert.Equal(modelPaths.Count, catalogPaths.Count);
    }

    [Theory]
    [MemberData(nameof(Editions))]
    public void Each_cells_getter_reads_the_property_its_path_names(FormatEdition edition)
    {
        var catalog = CellCatalog.Get(edition);
        var report = catalog.Build(Samples.All.Single(s => s.Edition == edition), Distinct(catalog));
        foreach (var cell in catalog.Cells)
        {
            var byReflection = PropertyPath.Resolve(report, cell.PropertyPath);
            var expected = byReflection switch
            {
                int i => new CellValue(i),
                decimal d => new CellValue(d),
                MoneyAmount m => new CellValue(m.Amount, m.Unit),
                _ => throw new InvalidOperationException($"{cell.PropertyPath} resolves to {byReflection?.GetType().Name ?? "null"}."),
            };
            Assert.Equal(expected, cell.GetValue(report));
        }
    }

    [Theory]
    [MemberData(nameof(Editions))]
    public void Building_puts_each_value_where_its_getter_reads_it_back(FormatEdition edition)
    {
        // A distinct value per cell: a builder that swapped two arguments or dropped one could not give them back.
        var catalog = CellCatalog.Get(edition);
        var values = Distinct(catalog);
        var report = catalog.Build(Samples.All.Single(s => s.Edition != edition), values);

        Assert.Equal(edition, report.Edition);
        Assert.Equal(values, catalog.Read(report));
        Assert.All(catalog.Cells, c => Assert.Equal(values[c.Index], c.GetValue(report)));
        Assert.Equal(catalog.Build(report, catalog.Read(report)), report);

        var blank = catalog.Build(report, new CellValue[catalog.Count]);
        Assert.All(catalog.Read(blank), v => Assert.True(v.IsBlank));
    }

    [Theory]
    [MemberData(nameof(Editions))]
    public void Every_balancing_equation_reads_catalogue_cells_by_their_index(FormatEdition edition)
    {
        var catalog = CellCatalog.Get(edition);
        var equations = BalancingRules.GetEquations(edition);
        Assert.Equal(
            BalancingRules.GetProactiveEquations(edition).Count + BalancingRules.GetApplicationEquations(edition).Count + BalancingRules.ReviewAndLitigationEquations.Count,
            equations.Count);
        foreach (var reference in equations.SelectMany(e => e.Left.Concat(e.Right).SelectMany(t => t.Cells).Prepend(e.Subject)))
        {
            var cell = catalog.Find(reference.PropertyPath);
            Assert.True(cell is not null, $"{reference.PropertyPath} is not a {edition.GetIdentifier()} catalogue cell.");
            Assert.Equal(cell.Index, reference.Index);
            Assert.Equal(cell.Row, reference.Row);
            Assert.Equal(cell.Column, reference.Column);
        }
    }

    [Fact]
    public void Section_three_and_four_cells_are_found_by_row_and_column()
    {
        var catalog = CellCatalog.Edition2021;
        var cell = catalog.GetCell(ApplicationRow.StateSecret, ApplicantColumn.NaturalPerson);
        Assert.Equal("Applications.Outcomes.Withheld.StateSecret.NaturalPerson", cell.PropertyPath);
        Assert.Equal("applications/stateSecret/naturalPerson", cell.Key);
        Assert.Equal(("1.属于国家秘密", "自然人"), (cell.Row.Chinese, cell.Column.Chinese));
        Assert.Equal(CellKind.Count, cell.Kind);
        Assert.Equal($"#{cell.Index} applications/stateSecret/naturalPerson 1.属于国家秘密|自然人", cell.ToString());
        Assert.Equal("ReviewAndLitigation.LitigationAfterReview.Pending", catalog.GetCell(CaseBlock.LitigationAfterReview, CaseResultColumn.Pending).PropertyPath);
        Assert.Equal(catalog.Count - 2, catalog.GetCell(CaseBlock.LitigationAfterReview, CaseResultColumn.Pending).Index);

        var row2019 = Assert.Throws<ArgumentOutOfRangeException>(() => CellCatalog.Edition2021.GetCell(ApplicationRow.OtherHandling, ApplicantColumn.Total));
        Assert.Equal("row", row2019.ParamName);
        Assert.Equal("Applications.Outcomes.OtherHandling.Total", CellCatalog.Edition2019.GetCell(ApplicationRow.OtherHandling, ApplicantColumn.Total).PropertyPath);
    }

    [Fact]
    public void Amount_cells_state_their_unit_or_carry_the_printed_one()
    {
        var fees = CellCatalog.Edition2021.Find("ProactiveDisclosure.Article20Item8.AdministrativeFees")!;
        Assert.Equal((CellKind.Amount, MoneyUnit.TenThousandYuan, false), (fees.Kind, fees.Unit, fees.CarriesUnit));
        Assert.Equal("第二十条第（八）项", fees.SubTable!.Chinese);
        var procurement = CellCatalog.Edition2019.Find("ProactiveDisclosure.Article20Item9.CentralizedProcurement.TotalAmount")!;
        Assert.Equal((CellKind.Amount, (MoneyUnit?)null, true), (procurement.Kind, procurement.Unit, procurement.CarriesUnit));
        Assert.Equal(CellKind.SignedCount, CellCatalog.Edition2019.Find("ProactiveDisclosure.Article20Item5.AdministrativeLicensing.ChangeThisYear")!.Kind);
    }

    [Fact]
    public void A_value_that_does_not_fit_its_cell_is_rejected_naming_the_cell()
    {
        var catalog = CellCatalog.Edition2021;
        var values = new CellValue[catalog.Count];
        var cell = catalog.GetCell(ApplicationRow.NewlyReceived, ApplicantColumn.Total);

        values[cell.Index] = new(1.5m);
        var fraction = Assert.Throws<ArgumentException>(() => catalog.BuildApplications(values));
        Assert.Equal("The value 1.5 does not fit the cell Applications.NewlyReceived.Total (一、本年新收政府信息公开申请数量 · 总计), which holds a whole number from 0 to 2147483647.", fraction.Message);

        values[cell.Index] = new(-1m);
        Assert.Contains("Applications.NewlyReceived.Total", Assert.Throws<ArgumentException>(() => catalog.BuildApplications(values)).Message, StringComparison.Ordinal);

        values[cell.Index] = new(3m, MoneyUnit.Yuan);
        Assert.Equal(
            "The value 3元 does not fit the cell Applications.NewlyReceived.Total (一、本年新收政府信息公开申请数量 · 总计), which holds a number without a unit.",
            Assert.Throws<ArgumentException>(() => catalog.BuildApplications(values)).Message);

        values[cell.Index] = new(2147483648m);
        Assert.Throws<ArgumentException>(() => catalog.BuildApplications(values));

        var tooShort = Assert.Throws<ArgumentException>(() => catalog.BuildReviewAndLitigation(new CellValue[15]));
        Assert.Equal("values", tooShort.ParamName);
        Assert.StartsWith("The 2021 format has 200 cells; 15 values were given.", tooShort.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reading_a_report_through_the_wrong_catalogue_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => CellCatalog.Edition2019.Read(Samples.Pingtan2022));
        Assert.Equal("report", error.ParamName);
        var cell = CellCatalog.Edition2019.Find("ProactiveDisclosure.Article20Item1.Rules.CreatedThisYear")!;
        Assert.Throws<ArgumentException>(() => cell.GetValue(Samples.Pingtan2022));
        Assert.Throws<ArgumentOutOfRangeException>(() => CellCatalog.Get((FormatEdition)9));
    }

    /// <summary>One distinct value per cell, each of its cell's kind: 1, 2, 3 … (signed changes negative, amounts with cents).</summary>
    private static CellValue[] Distinct(CellCatalog catalog) =>
    [
        .. catalog.Cells.Select(c => c.Kind switch
        {
            CellKind.SignedCount => new CellValue(-(c.Index + 1)),
            CellKind.Amount => new CellValue(c.Index + 0.25m, c.CarriesUnit ? MoneyUnit.Yuan : null),
            _ => new CellValue(c.Index + 1),
        }),
    ];

    private static void ModelCells(Type type, string path, List<string> paths, Type? outcomesType = null)
    {
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            // Cells are stored members (with an init accessor); computed members (sums, Edition) are not cells.
            if (property.GetIndexParameters().Length > 0 || property.SetMethod is null)
            {
                continue;
            }

            var propertyType = property.PropertyType;
            var childPath = path + "." + property.Name;
            if (propertyType == typeof(int?) || propertyType == typeof(decimal?) || propertyType == typeof(MoneyAmount?))
            {
                paths.Add(childPath);
            }
            else if (propertyType == typeof(ApplicationOutcomes))
            {
                ModelCells(outcomesType!, childPath, paths);
            }
            else if (propertyType.Assembly == typeof(DisclosureReport).Assembly && !propertyType.IsEnum)
            {
                ModelCells(propertyType, childPath, paths);
            }
            else
            {
                Assert.Fail($"{childPath} is of type {propertyType.Name}, which is neither a cell nor a part of a table.");
            }
        }
    }
}
