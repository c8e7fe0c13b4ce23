using System.CommandLine;
using System.CommandLine.Invocation;
using System.Globalization;
using DisclosureModel.Import;
using DisclosureModel.Validation;

namespace DisclosureModel.Cli;

/// <summary>The <c>disclosure</c> command line: commands, options and help (System.CommandLine).</summary>
public static class CliApp
{
    /// <summary>Parses the arguments and runs the command.</summary>
    /// <param name="args">The arguments.</param>
    /// <param name="io">The streams to use.</param>
    /// <returns>The exit code: see <see cref="ExitCodes"/>.</returns>
    public static async Task<int> RunAsync(string[] args, CliIo io)
    {
        var root = Build(io);
        var configuration = new InvocationConfiguration { Output = io.Out, Error = io.Error };
        var parse = root.Parse(args);
        var code = await parse.InvokeAsync(configuration).ConfigureAwait(false);

        // A parse error (unknown option, bad value, missing argument) is a usage error for every command, never taken
        // for an error finding (1) or an unreadable input (2).
        return parse.Action is ParseErrorAction ? ExitCodes.UsageError : code;
    }

    private static RootCommand Build(CliIo io)
    {
        var root = new RootCommand(
            "disclosure: check, import, render and convert government information disclosure annual reports (政府信息公开工作年度报告).\n" +
            "With no command, validates the embedded 2021-format sample report (平潭综合实验区 2022) and prints its summary.\n" +
            "Exit codes (every command): 0 success; 1 an error finding (validate, check-rollup; with --warnings-as-errors a warning too) or, for diff, " +
            "the reports differ; 2 an input could not be read or an output file could not be written; 3 import read a report with unread cells, or report wrote a dashboard listing inputs without a report or with unread cells; " +
            "64 usage error (unknown option, bad option value, missing argument).");

        // validate
        var paths = new Argument<string[]>("PATH")
        {
            Description = "Report JSON files, NDJSON files (one report a line), directories (searched for *.json and *.ndjson) or - for standard input. None: the embedded 2021-format sample (平潭综合实验区 2022), with a summary.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var format = new Option<FindingsFormat>("--format") { Description = "How to write findings: text (one line each, then totals), json (one array) or sarif (one SARIF 2.1.0 log, for code-scanning tools and editors).", DefaultValueFactory = _ => FindingsFormat.Text, HelpName = EnumHelpName<FindingsFormat>() };
        var lang = new Option<string?>("--lang") { Description = "Message language: zh or en. Default: from the current UI culture." };
        lang.AcceptOnlyFromAmong("zh", "en");
        var warningsAsErrors = new Option<bool>("--warnings-as-errors") { Description = "Exit with 1 when any warning is found, too." };
        var writeBaseline = new Option<string?>("--write-baseline") { Description = "Record every finding of this run (its report's agency and year, and its fingerprint) in this baseline file, replacing it atomically: they are accepted from now on. Exit 0 unless an input or the file could not be read or written (2).", HelpName = "FILE" };
        var baselineFile = new Option<string?>("--baseline") { Description = "Report only the findings this baseline file (written by --write-baseline) does not accept, and list its entries that no longer occur (gone; SARIF baselineState new/absent). The exit code follows the new findings only.", HelpName = "FILE" };
        var validate = new Command("validate", "Validate reports against every balancing and consistency rule (docs/rules.md). Exit 0: no error; 1: an error finding (with --baseline: a new one); 2: an input (or an NDJSON line, or the baseline file) could not be read, the others are still checked; 64: usage error.")
        {
            paths, format, lang, warningsAsErrors, writeBaseline, baselineFile,
        };
        validate.Validators.Add(result =>
        {
            if (result.GetResult(writeBaseline) is not null && result.GetResult(baselineFile) is not null)
            {
                result.AddError("--baseline and --write-baseline cannot be given together: compare with a baseline, or record a new one.");
            }
        });
        validate.SetAction((parse, cancellationToken) =>
        {
            var baseline = BaselineOptions.None;
            if (parse.GetValue(baselineFile) is { } file)
            {
                try
                {
                    using var stream = file == "-" ? throw new InputException("-: the baseline must be a file, not standard input") : File.OpenRead(file);
                    baseline = new BaselineOptions(FindingBaseline.Read(stream), file, null);
                }
                catch (FindingBaselineException e)
                {
                    io.Error.WriteLine($"disclosure: {file}: not a finding baseline: {e.Message} (at {e.Path}{(e.LineNumber is { } line ? $", line {(line + 1).ToString(CultureInfo.InvariantCulture)}" : string.Empty)})");
                    return Task.FromResult(ExitCodes.InputError);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException or InputException)
                {
                    io.Error.WriteLine($"disclosure: {(e is InputException ? e.Message : $"{file}: the baseline could not be read: {e.Message}")}");
                    return Task.FromResult(ExitCodes.InputError);
                }
            }
            else if (parse.GetValue(writeBaseline) is { } output)
            {
                if (Directory.Exists(output))
                {
                    io.Error.WriteLine($"disclosure: {output}: is a directory; give a file name for --write-baseline");
                    return Task.FromResult(ExitCodes.InputError);
                }

                if (File.Exists(output))
                {
                    // Replaced only when it is a baseline: a report named by mistake is never overwritten.
                    try
                    {
                        using var existing = File.OpenRead(output);
                        FindingBaseline.Read(existing);
                    }
                    catch (FindingBaselineException)
                    {
                        io.Error.WriteLine($"disclosure: {output}: exists and is not a finding baseline; refusing to overwrite it (give another file for --write-baseline)");
                        return Task.FromResult(ExitCodes.InputError);
                    }
                    catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                    {
                        io.Error.WriteLine($"disclosure: {output}: cannot be read: {e.Message}");
                        return Task.FromResult(ExitCodes.InputError);
                    }
                }

                baseline = new BaselineOptions(null, null, output);
            }

            var command = new ValidateCommand(io, Language(parse.GetValue(lang)), parse.GetValue(format), parse.GetValue(warningsAsErrors), baseline);
            var inputs = parse.GetValue(paths) ?? [];
            return inputs.Length == 0 ? Task.FromResult(command.RunOnSample()) : command.RunAsync(inputs, cancellationToken);
        });

        // import
        var importFile = new Argument<string>("FILE") { Description = "A published report: a scraped text or an HTML page (its kind told by its content; the extension is only a hint), - for standard input, or a directory whose files are all imported (NDJSON out)." };
        var output = new Option<string?>("--output", "-o") { Description = "Write the report JSON (for a directory: the NDJSON) to this file instead of standard output (atomically: a temporary file beside it, then renamed over it)." };
        var logs = new Option<string?>("--logs") { Description = "For a directory: write each input's import log to LOGS/<path relative to the directory>.log. Default: OUTPUT.logs beside -o OUTPUT; none when the NDJSON goes to standard output." };
        var agencyKind = new Option<AgencyKind>("--agency-kind") { Description = "What kind of agency published the report (decides its deadline); pages do not say.", DefaultValueFactory = _ => AgencyKind.Unspecified };
        var importYear = new Option<int?>("--year")
        {
            Description = $"The report year ({ReportYears.Minimum}–{ReportYears.Maximum}), when the page does not name it (or names it wrongly); takes precedence over the page.",
            CustomParser = result =>
            {
                var token = result.Tokens.Count > 0 ? result.Tokens[^1].Value : string.Empty;
                if (int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year >= ReportYears.Minimum && year <= ReportYears.Maximum)
                {
                    return year;
                }

                result.AddError($"--year: '{token}' is not a report year; give a year from {ReportYears.Minimum.ToString(CultureInfo.InvariantCulture)} to {ReportYears.Maximum.ToString(CultureInfo.InvariantCulture)}.");
                return null;
            },
        };
        var importAgency = new Option<string?>("--agency") { Description = "The agency name, when the page does not name it (or names it wrongly); takes precedence over the page." };
        importAgency.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string?>() is { } name && string.IsNullOrWhiteSpace(name))
            {
                result.AddError("--agency: the agency name must not be blank.");
            }
        });
        var importEdition = new Option<string?>("--edition") { Description = "The format edition, 2019 or 2021, instead of detecting it from the table labels.", HelpName = "2019|2021" };
        importEdition.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string?>() is { } value && value is not ("2019" or "2021"))
            {
                result.AddError($"--edition: '{value}' is not an edition; give 2019 or 2021.");
            }
        });
        var import = new Command("import", "Import a published report, its kind (text, HTML) told by its content: report JSON on standard output, the import log on standard error. " +
            "For a directory: every file (hidden ones left out) by content, the reports as NDJSON in path order, one log per input (--logs), a count on standard error. " +
            "Exit 0: every cell read; 2: no report recognised (for a directory: for some input), or the tables were read but the page names no agency or year (then pass --agency or --year); 3: a report, but some cells could not be read (listed in unreadCells); 2 also when -o cannot be written (an existing file is then left as it was) or names the input; 64: usage error.")
        {
            importFile, output, logs, agencyKind, importYear, importAgency, importEdition,
        };
        import.SetAction((parse, cancellationToken) => Task.FromResult(ReportCommands.Import(io, parse.GetValue(importFile)!, parse.GetValue(output), parse.GetValue(logs), new ImportOptions
        {
            AgencyKind = parse.GetValue(agencyKind),
            ReportYear = parse.GetValue(importYear),
            AgencyName = parse.GetValue(importAgency),
            Edition = parse.GetValue(importEdition) is { } e ? Edition(e) : null,
        }, cancellationToken)));

        // render
        var renderFile = new Argument<string>("FILE") { Description = "A report JSON file, or - for standard input." };
        var renderAs = new Option<RenderFormat>("--as") { Description = "Output: markdown, html, text, csv, or docx (a Word document in the official layout; needs -o).", Required = true, HelpName = EnumHelpName<RenderFormat>() };
        var renderOutput = new Option<string?>("--output", "-o") { Description = "Write to this file instead of standard output (atomically: a temporary file beside it, then renamed over it). Required for docx." };
        var render = new Command("render", "Render a report's statutory tables in the official layout (docx: the whole report as a Word document).") { renderFile, renderAs, renderOutput };
        render.SetAction(parse => ReportCommands.Render(io, parse.GetValue(renderFile)!, parse.GetValue(renderAs), parse.GetValue(renderOutput)));

        // report: one report's findings page, or a dashboard over a directory or an NDJSON file of reports
        var reportInput = new Argument<string>("FILE|DIR|NDJSON") { Description = "One report: a report JSON file, or a published document (text, HTML, PDF, Word) told by its content as import reads it; - for standard input. Many reports: a directory (every file read by its content; hidden files left out) or an NDJSON file (*.ndjson): a dashboard over them." };
        var reportOutput = new Option<string?>("--output", "-o") { Description = "The HTML file to write (atomically: a temporary file beside it, then renamed over it). One report: standard output when not given. A dashboard: required; the findings pages go to NAME.files/ beside it." };
        var reportLang = new Option<string?>("--lang") { Description = "Language of the pages and their findings: zh or en. Default: from the current UI culture." };
        reportLang.AcceptOnlyFromAmong("zh", "en");
        var today = new Option<string?>("--today") { Description = "A dashboard: the date the deadlines are judged on (YYYY-MM-DD, Asia/Shanghai). Default: today; give it for the same output every day.", HelpName = "YYYY-MM-DD" };
        today.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string?>() is { } value && !NodaTime.Text.LocalDatePattern.Iso.Parse(value).Success)
            {
                result.AddError($"--today: '{value}' is not a date; give YYYY-MM-DD.");
            }
        });
        var report = new Command("report", "Write findings as self-contained HTML (no script, no external reference; prints on A4). One report: its findings page, with its metadata, the statutory tables with every cell a finding names marked and linked, and the findings with equations, narrative quotes and suggested corrections; unread cells and the import log of a published document. " +
            "A directory or an NDJSON file: a dashboard over the reports (counts by rule and severity, agency × rule matrix, publication against deadlines, key figures and year-over-year changes) and one findings page per report beside it (-o required). " +
            "Exit 0: the page was written (whatever it finds; use validate to gate) and, for a dashboard, every input gave a complete report; 3: a dashboard was written, but some input gave no report or unread cells (listed on it); 2: the input could not be read or recognised (a dashboard: no report at all), or the output could not be written; 64: usage error.")
        {
            reportInput, reportOutput, reportLang, today,
        };
        report.Validators.Add(result =>
        {
            if (result.GetValue(reportInput) is { } input && DashboardCommand.IsDashboardInput(input) && result.GetValue(reportOutput) is null or "-")
            {
                result.AddError("report: a directory or an NDJSON file makes a dashboard and its findings pages, which need a file: give -o FILE.");
            }
        });
        report.SetAction((parse, cancellationToken) =>
        {
            var input = parse.GetValue(reportInput)!;
            var language = Language(parse.GetValue(reportLang));
            return Task.FromResult(DashboardCommand.IsDashboardInput(input)
                ? DashboardCommand.Run(
                    io,
                    input,
                    parse.GetValue(reportOutput)!,
                    language,
                    parse.GetValue(today) is { } day ? NodaTime.Text.LocalDatePattern.Iso.Parse(day).Value : null,
                    cancellationToken)
                : FindingsPageCommand.Run(io, input, parse.GetValue(reportOutput), language));
        });

        // sum
        var sumFiles = new Argument<string[]>("FILE") { Description = "Report JSON or NDJSON files (or directories) of the same year and edition.", Arity = ArgumentArity.OneOrMore };
        var agency = new Option<string?>("--agency") { Description = "The name of the roll-up's agency. Default: the first report's." };
        var sum = new Command("sum", "Roll reports of the same year and edition up into one (every count summed); notes on standard error.") { sumFiles, agency, agencyKind };
        sum.SetAction(parse => ReportCommands.Sum(io, parse.GetValue(sumFiles)!, parse.GetValue(agency), parse.GetValue(agencyKind)));

        // diff
        var oldFile = new Argument<string>("OLD") { Description = "The earlier report JSON." };
        var newFile = new Argument<string>("NEW") { Description = "The later report JSON." };
        var diff = new Command("diff", "List every table cell that differs between two reports. Exit 0: none; 1: some.") { oldFile, newFile };
        diff.SetAction(parse => ReportCommands.Diff(io, parse.GetValue(oldFile)!, parse.GetValue(newFile)!));

        // check-rollup
        var rollupAggregate = new Argument<string>("AGGREGATE") { Description = "The aggregate report (汇总): report JSON or a published document (text, HTML, PDF, Word), told by its content; - for standard input." };
        var rollupMembers = new Argument<string[]>("MEMBER") { Description = "The members' reports: report JSON, NDJSON (one member a line) or published documents, told by their content. An unreadable one is checked as missing, named by its path.", Arity = ArgumentArity.OneOrMore };
        var rollupMissing = new Option<string[]>("--missing") { Description = "The name of a member whose report is missing (repeatable): the findings name it, since a difference may be its share.", AllowMultipleArgumentsPerToken = true, HelpName = "NAME" };
        rollupMissing.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string[]>()?.Any(string.IsNullOrWhiteSpace) == true)
            {
                result.AddError("--missing: a member name must not be blank.");
            }
        });
        var rollupFormat = new Option<FindingsFormat>("--format") { Description = "How to write findings: text (one line each, then totals), json (one array) or sarif (one SARIF 2.1.0 log).", DefaultValueFactory = _ => FindingsFormat.Text, HelpName = EnumHelpName<FindingsFormat>() };
        var rollupLang = new Option<string?>("--lang") { Description = "Message language: zh or en. Default: from the current UI culture." };
        rollupLang.AcceptOnlyFromAmong("zh", "en");
        var checkRollup = new Command("check-rollup", "Check an aggregate report against its members' reports: every cell where the aggregate differs from the members' sum (A1), members of another year or edition (A2), missing members (A3); unread cells are not assessable (NA). Exit 0: no error; 1: an error finding; 2: an input could not be read (an unreadable member is checked as missing); 64: usage error.")
        {
            rollupAggregate, rollupMembers, rollupMissing, rollupFormat, rollupLang,
        };
        checkRollup.SetAction(parse => RollupCommand.Run(io, parse.GetValue(rollupAggregate)!, parse.GetValue(rollupMembers)!, parse.GetValue(rollupMissing) ?? [], parse.GetValue(rollupFormat), Language(parse.GetValue(rollupLang))));

        // convert
        var convertFile = new Argument<string>("FILE") { Description = "A report JSON file." };
        var to = new Option<string>("--to") { Description = "The target edition: 2019 or 2021.", Required = true };
        to.AcceptOnlyFromAmong("2019", "2021");
        var convert = new Command("convert", "Convert a report to the other edition where the statutory meaning allows; every lossy step on standard error.") { convertFile, to };
        convert.SetAction(parse => ReportCommands.Convert(io, parse.GetValue(convertFile)!, Edition(parse.GetValue(to))));

        // schema
        var schema = new Command("schema", "Print the JSON Schema (draft 2020-12) of a report.");
        schema.SetAction(_ => ReportCommands.Schema(io));

        // sample
        var edition = new Option<string>("--edition") { Description = "Which sample: 2019 (叶集区融媒体中心 2020) or 2021 (平潭综合实验区 2022).", DefaultValueFactory = _ => "2019" };
        edition.AcceptOnlyFromAmong("2019", "2021");
        var canonical = new Option<bool>("--canonical-text") { Description = "Print the canonical text form instead of JSON." };
        var sample = new Command("sample", "Print an embedded sample report as JSON.") { edition, canonical };
        sample.SetAction(parse => ReportCommands.Sample(io, Edition(parse.GetValue(edition)!), parse.GetValue(canonical)));

        foreach (var argument in new Argument[] { paths, importFile, renderFile, reportInput, sumFiles, oldFile, newFile, convertFile, rollupAggregate, rollupMembers })
        {
            RejectUnknownOptions(argument);
        }

        root.Subcommands.Add(validate);
        root.Subcommands.Add(import);
        root.Subcommands.Add(render);
        root.Subcommands.Add(report);
        root.Subcommands.Add(sum);
        root.Subcommands.Add(diff);
        root.Subcommands.Add(checkRollup);
        root.Subcommands.Add(convert);
        root.Subcommands.Add(schema);
        root.Subcommands.Add(sample);
        root.SetAction(_ => new ValidateCommand(io, ValidationLanguage.CurrentUICulture, FindingsFormat.Text, warningsAsErrors: false).RunOnSample());
        return root;
    }

    /// <summary>
    /// Makes an option-like token that is no existing file (<c>--bogus</c>) a usage error: System.CommandLine would give it
    /// to a path argument, and the command would then fail as an unreadable input.
    /// </summary>
    private static void RejectUnknownOptions(Argument argument) => argument.Validators.Add(result =>
    {
        foreach (var token in result.Tokens)
        {
            if (token.Value.Length > 1 && token.Value[0] == '-' && !File.Exists(token.Value) && !Directory.Exists(token.Value))
            {
                result.AddError($"Unrecognized command or argument '{token.Value}'.");
            }
        }
    });

    // The values as the README and the docs spell them (text|json|sarif), not the enum's member names.
    private static string EnumHelpName<TEnum>()
        where TEnum : struct, Enum =>
        string.Join('|', Enum.GetNames<TEnum>().Select(n => n.ToLowerInvariant()));

    private static ValidationLanguage Language(string? lang) => lang switch
    {
        "zh" => ValidationLanguage.Chinese,
        "en" => ValidationLanguage.English,
        _ => ValidationLanguage.CurrentUICulture,
    };

    private static FormatEdition Edition(string? value) =>
        value == "2021" ? FormatEdition.Edition2021 : FormatEdition.Edition2019;
}
