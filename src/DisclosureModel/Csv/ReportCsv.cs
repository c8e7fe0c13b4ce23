using System.Globalization;
using System.Text;
using System.Text.Json;
using DisclosureModel.Analysis;
using DisclosureModel.Import;
using NodaTime;

namespace DisclosureModel.Csv;

/// <summary>
/// Long-format CSV of the statutory tables (Sections 二, 三 and 四): one record per cell, with the columns
/// <c>agency,year,edition,section,row,rowLabel,column,columnLabel,value</c>, and its reader.
/// </summary>
/// <remarks>
/// <para>Quoting follows RFC 4180: a field is quoted when it holds a comma, a double quote, a carriage return or
/// a line feed, and a double quote inside is doubled. Records end with <c>\n</c> (the reader also accepts
/// <c>\r\n</c>), so the output is identical on every platform. The text is meant to be written as UTF-8
/// <em>without</em> a byte order mark (<see cref="Encoding"/>); the reader skips a leading BOM, so files saved by
/// spreadsheet programs read back.</para>
/// <para>Identifiers and labels come from the layout catalogs (<see cref="TableCell"/>). A blank cell has an empty
/// value; numbers are invariant (<c>9116.36</c>); the 2019 采购总金额 keeps the unit it was printed with
/// (<c>73802895.90元</c>). The edition is <c>2019</c> or <c>2021</c>.</para>
/// <para>Reading groups records by agency and year into reports, in order of first appearance. CSV holds only
/// the tables, so a report read back has the agency name, year and edition, the calendar year as statistics
/// period, and empty narrative sections.</para>
/// <para>Formula injection (OWASP, "CSV Injection"): the agency name, the only free text written, is prefixed with a
/// single quote <c>'</c> when it starts with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a carriage return, so a
/// spreadsheet shows it as text instead of evaluating it; a name that starts with <c>'</c> gets one more. The reader
/// removes one leading <c>'</c> from the agency field, so every name reads back exactly as it was.</para>
/// </remarks>
public static class ReportCsv
{
    private const string NewLine = "\n";

    /// <summary>The value of an unread cell starts with this, followed by its reason code: <c>?ambiguousSplit</c>.</summary>
    private const string UnreadMarker = "?";

    /// <summary>Gets the header record's field names in order.</summary>
    public static IReadOnlyList<string> Header { get; } = ["agency", "year", "edition", "section", "row", "rowLabel", "column", "columnLabel", "value"];

    /// <summary>Gets the encoding to write the CSV with: UTF-8 without a byte order mark.</summary>
    public static Encoding Encoding { get; } = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Writes the header and every cell of one report.</summary>
    /// <param name="report">The report.</param>
    /// <returns>The CSV text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    /// <exception cref="ArgumentException">A table is not of the report's stated edition.</exception>
    public static string Format(DisclosureReport report) => Format([Preconditions.CheckNotNull(report)]);

    /// <summary>Writes the header and every cell of each report, report after report.</summary>
    /// <param name="reports">The reports.</param>
    /// <returns>The CSV text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reports"/> or one of them is null.</exception>
    /// <exception cref="ArgumentException">A table is not of its report's stated edition.</exception>
    public static string Format(IEnumerable<DisclosureReport> reports)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        Write(reports, writer);
        return writer.ToString();
    }

    /// <summary>Writes the header and every cell of each report to a writer.</summary>
    /// <param name="reports">The reports.</param>
    /// <param name="writer">The writer.</param>
    /// <exception cref="ArgumentNullException">An argument or one of the reports is null.</exception>
    /// <exception cref="ArgumentException">A table is not of its report's stated edition.</exception>
    public static void Write(IEnumerable<DisclosureReport> reports, TextWriter writer)
    {
        Preconditions.CheckNotNull(reports);
        Preconditions.CheckNotNull(writer);
        WriteRecord(writer, Header);
        foreach (var report in reports)
        {
            Preconditions.CheckNotNull(report, nameof(reports));
            var agency = report.Metadata.AgencyName;
            var year = report.Metadata.ReportYear.ToString(CultureInfo.InvariantCulture);
            var edition = report.Edition.GetIdentifier();
            var unread = report.UnreadCells.ToDictionary(u => u.PropertyPath, StringComparer.Ordinal);
            foreach (var cell in ReportCells.GetCells(report))
            {
                var value = cell.FormatValue();
                if (unread.TryGetValue(cell.PropertyPath, out var reason))
                {
                    value = cell.IsBlank
                        ? UnreadMarker + JsonNamingPolicy.CamelCase.ConvertName(reason.Code.ToString())
                        : throw new ArgumentException($"The cell {cell.PropertyPath} of {agency} {year} is listed as unread but holds the value {value} (rule U1); CSV cannot carry both.", nameof(reports));
                }

                WriteRecord(writer, [NeutralizeFormula(agency), year, edition, cell.Section.Identifier, cell.RowIdentifier, cell.Row.Chinese, cell.Column.Identifier, cell.Column.Chinese, value]);
            }
        }
    }

    /// <summary>Reads CSV written by <see cref="Format(IEnumerable{DisclosureReport})"/> back into reports.</summary>
    /// <param name="csv">The CSV text.</param>
    /// <returns>One report per agency and year, in order of first appearance.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="csv"/> is null.</exception>
    /// <exception cref="CsvFormatException">The CSV is malformed or does not describe complete reports; the exception names the line.</exception>
    public static IReadOnlyList<DisclosureReport> Parse(string csv)
    {
        Preconditions.CheckNotNull(csv);
        var records = Tokenize(csv);
        if (records.Count == 0)
        {
            CsvThrowHelper.Throw(1, CsvErrorMessages.HeaderMissing);
        }

        var header = records[0];
        if (!header.Fields.SequenceEqual(Header, StringComparer.Ordinal))
        {
            CsvThrowHelper.Throw(header.Line, CsvErrorMessages.WrongHeader, ("header", string.Join(',', Header)));
        }

        var groups = new List<Group>();
        var byKey = new Dictionary<(string Agency, int Year), Group>();
        foreach (var record in records.Skip(1))
        {
            var f = record.Fields;
            if (f.Count != Header.Count)
            {
                CsvThrowHelper.Throw(record.Line, CsvErrorMessages.WrongFieldCount, ("expected", Header.Count), ("actual", f.Count));
            }

            if (f[0].StartsWith('\''))
            {
                f[0] = f[0][1..];
            }

            if (string.IsNullOrWhiteSpace(f[0]))
            {
                CsvThrowHelper.Throw(record.Line, CsvErrorMessages.EmptyAgency);
            }

            if (!int.TryParse(f[1], NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year < ReportYears.Minimum || year > ReportYears.Maximum)
            {
                CsvThrowHelper.Throw(record.Line, CsvErrorMessages.InvalidReportYear, ("text", f[1]), ("minimum", ReportYears.Minimum), ("maximum", ReportYears.Maximum));
            }

            var edition = FormatEditions.All.Where(e => e.GetIdentifier() == f[2]).Select(e => (FormatEdition?)e).FirstOrDefault()
                ?? throw CsvThrowHelper.Create(record.Line, CsvErrorMessages.InvalidEdition, ("text", f[2]));
            if (!byKey.TryGetValue((f[0], year), out var group))
            {
                group = new Group(f[0], year, edition, record.Line);
                byKey.Add((f[0], year), group);
                groups.Add(group);
            }
            else if (group.Edition != edition)
            {
                CsvThrowHelper.Throw(record.Line, CsvErrorMessages.EditionChanged, ("agency", f[0]), ("year", year), ("edition", group.Edition.GetIdentifier()), ("firstLine", group.FirstLine), ("text", f[2]));
            }

            group.Add(record);
        }

        return [.. groups.Select(g => g.Build())];
    }

    // OWASP's CSV injection advice: a leading quote makes a spreadsheet read the field as text. A leading quote of the
    // name itself is doubled so that the reader's removal of one quote gives the name back.
    private static string NeutralizeFormula(string text) =>
        text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' or '\'' ? "'" + text : text;

    private static void WriteRecord(TextWriter writer, IReadOnlyList<string> fields)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            if (i > 0)
            {
                writer.Write(',');
            }

            var field = fields[i];
            if (field.AsSpan().IndexOfAny(",\"\r\n") >= 0)
            {
                writer.Write('"');
                writer.Write(field.Replace("\"", "\"\"", StringComparison.Ordinal));
                writer.Write('"');
            }
            else
            {
                writer.Write(field);
            }
        }

        writer.Write(NewLine);
    }

    private static List<CsvRecord> Tokenize(string text)
    {
        var records = new List<CsvRecord>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var line = 1;
        var recordLine = 1;
        var i = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        var quoted = false;
        var fieldWasQuoted = false;
        while (i < text.Length)
        {
            var ch = text[i];
            if (quoted)
            {
                if (ch == '"')
                {
                    if (i + 1 < text.Length && text[i + 1] == '"')
                    {
                        field.Append('"');
                        i += 2;
                        continue;
                    }

                    quoted = false;
                    i++;
                    if (i < text.Length && text[i] is not (',' or '\n' or '\r'))
                    {
                        CsvThrowHelper.Throw(line, CsvErrorMessages.TextAfterClosingQuote);
                    }

                    continue;
                }

                if (ch == '\n')
                {
                    line++;
                }

                field.Append(ch);
                i++;
                continue;
            }

            switch (ch)
            {
                case '"' when field.Length == 0 && !fieldWasQuoted:
                    quoted = true;
                    fieldWasQuoted = true;
                    i++;
                    break;
                case '"':
                    throw CsvThrowHelper.Create(line, CsvErrorMessages.QuoteInUnquotedField);
                case ',':
                    fields.Add(field.ToString());
                    field.Clear();
                    fieldWasQuoted = false;
                    i++;
                    break;
                case '\r' when i + 1 < text.Length && text[i + 1] == '\n':
                    i++;
                    break;
                case '\r':
                    throw CsvThrowHelper.Create(line, CsvErrorMessages.LoneCarriageReturn);
                case '\n':
                    fields.Add(field.ToString());
                    records.Add(new(recordLine, [.. fields]));
                    fields.Clear();
                    field.Clear();
                    fieldWasQuoted = false;
                    line++;
                    recordLine = line;
                    i++;
                    break;
                default:
                    field.Append(ch);
                    i++;
                    break;
            }
        }

        if (quoted)
        {
            CsvThrowHelper.Throw(recordLine, CsvErrorMessages.UnclosedQuote);
        }

        if (field.Length > 0 || fields.Count > 0 || fieldWasQuoted)
        {
            fields.Add(field.ToString());
            records.Add(new(recordLine, [.. fields]));
        }

        return records;
    }

    private static ImportDiagnosticCode? ParseUnread(CsvRecord record, CellDefinition definition)
    {
        var text = record.Fields[8];
        if (!text.StartsWith(UnreadMarker, StringComparison.Ordinal))
        {
            return null;
        }

        foreach (var code in Enum.GetValues<ImportDiagnosticCode>())
        {
            if (text.AsSpan(UnreadMarker.Length).SequenceEqual(JsonNamingPolicy.CamelCase.ConvertName(code.ToString())))
            {
                return code;
            }
        }

        throw CsvThrowHelper.Create(record.Line, CsvErrorMessages.InvalidUnreadReason, ("text", text), ("cell", definition.Key));
    }

    private static (decimal? Value, MoneyUnit? Unit) ParseValue(CsvRecord record, CellDefinition definition)
    {
        var text = record.Fields[8];
        if (text.Length == 0)
        {
            return (null, null);
        }

        MoneyUnit? unit = null;
        if (definition.CarriesUnit)
        {
            // The unit suffixes are MoneyAmount's own, longest first (万元 before 元).
            foreach (var candidate in new[] { MoneyUnit.TenThousandYuan, MoneyUnit.Yuan })
            {
                var suffix = UnitSuffix(candidate);
                if (text.EndsWith(suffix, StringComparison.Ordinal))
                {
                    unit = candidate;
                    text = text[..^suffix.Length];
                    break;
                }
            }
        }

        var styles = definition.Kind switch
        {
            CellKind.Count => NumberStyles.None,
            CellKind.SignedCount => NumberStyles.AllowLeadingSign,
            _ => NumberStyles.AllowDecimalPoint,
        };
        if (!decimal.TryParse(text, styles, CultureInfo.InvariantCulture, out var value)
            || (definition.Kind != CellKind.Amount && (value > int.MaxValue || value < int.MinValue)))
        {
            CsvThrowHelper.Throw(record.Line, CsvErrorMessages.InvalidValue, ("text", record.Fields[8]), ("cell", definition.Key), ("kind", KindName(definition.Kind)));
        }

        return (value, unit);
    }

    private static string KindName(CellKind kind) => kind switch
    {
        CellKind.Count => "a whole number of at least 0",
        CellKind.SignedCount => "a whole number",
        _ => "an amount of at least 0",
    };

    private static string UnitSuffix(MoneyUnit unit) => new MoneyAmount(0m, unit).ToString()[1..];

    private sealed record CsvRecord(int Line, List<string> Fields);

    private sealed class Group(string agency, int year, FormatEdition edition, int firstLine)
    {
        private readonly Dictionary<string, ((decimal? Value, MoneyUnit? Unit) Cell, int Line)> cells = new(StringComparer.Ordinal);
        private readonly Dictionary<string, ImportDiagnosticCode> unread = new(StringComparer.Ordinal);
        private int lastLine;

        // A 2021 report whose Section 三 has the 2019 shape (the hybrid) is told by its cells: it has the one
        // （六）其他处理 row, which only the hybrid catalogue lists among the 2021 catalogues.
        private CellCatalog catalog = CellCatalog.Get(edition);

        public FormatEdition Edition => edition;

        public int FirstLine { get; } = firstLine;

        public void Add(CsvRecord record)
        {
            var f = record.Fields;
            var key = f[3] + "/" + f[4] + "/" + f[6];
            var definition = catalog.FindKey(key);
            if (definition is null && catalog == CellCatalog.Edition2021 && CellCatalog.Edition2021Hybrid.FindKey(key) is { } hybridCell
                && !cells.Keys.Any(k => CellCatalog.Edition2021Hybrid.FindKey(k) is null))
            {
                catalog = CellCatalog.Edition2021Hybrid;
                definition = hybridCell;
            }

            if (definition is null)
            {
                throw CsvThrowHelper.Create(record.Line, CsvErrorMessages.UnknownCell, ("edition", edition.GetIdentifier()), ("cell", key));
            }

            if (definition.Row.Chinese != f[5] || definition.Column.Chinese != f[7])
            {
                CsvThrowHelper.Throw(record.Line, CsvErrorMessages.WrongLabels, ("cell", key), ("row", definition.Row.Chinese), ("column", definition.Column.Chinese), ("givenRow", f[5]), ("givenColumn", f[7]));
            }

            if (cells.TryGetValue(key, out var previous))
            {
                CsvThrowHelper.Throw(record.Line, CsvErrorMessages.RepeatedCell, ("cell", key), ("agency", agency), ("year", year), ("firstLine", previous.Line));
            }

            if (ParseUnread(record, definition) is { } code)
            {
                unread.Add(key, code);
                cells.Add(key, ((null, null), record.Line));
            }
            else
            {
                cells.Add(key, (ParseValue(record, definition), record.Line));
            }

            lastLine = record.Line;
        }

        public DisclosureReport Build()
        {
            var missing = catalog.Cells.Where(d => !cells.ContainsKey(d.Key)).Select(d => d.Key).ToList();
            if (missing.Count > 0)
            {
                CsvThrowHelper.Throw(Math.Max(lastLine, FirstLine), CsvErrorMessages.MissingCells, ("agency", agency), ("year", year), ("count", missing.Count), ("first", missing[0]));
            }

            var template = new DisclosureReport
            {
                Metadata = new ReportMetadata
                {
                    AgencyName = agency,
                    ReportYear = year,
                    Edition = edition,
                    StatisticsPeriod = new DateInterval(new LocalDate(year, 1, 1), new LocalDate(year, 12, 31)),
                },
                Overview = new OverviewSection(),
                ProactiveDisclosure = catalog.BuildProactiveDisclosure(new CellValue[catalog.Count]),
                Applications = ApplicationsTable.Zero(catalog.ApplicationsEdition),
                ReviewAndLitigation = ReviewAndLitigationTable.Zero,
                ProblemsAndImprovements = string.Empty,
                OtherMatters = string.Empty,
            };
            return catalog.Build(template, [.. catalog.Cells.Select(d => new CellValue(cells[d.Key].Cell.Value, cells[d.Key].Cell.Unit))]) with
            {
                UnreadCells = [.. catalog.Cells.Where(d => unread.ContainsKey(d.Key)).Select(d => Unread(d, unread[d.Key]))],
            };
        }

        private static UnreadCell Unread(CellDefinition cell, ImportDiagnosticCode code)
        {
            var message = ImportMessages.UnreadFromCsv.With(("code", code.ToString()));
            return new UnreadCell { PropertyPath = cell.PropertyPath, Code = code, Message = message.English, ChineseMessage = message.Chinese };
        }
    }
}
