using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Threading.Channels;
using DisclosureModel.Validation;
using FluentValidation;

namespace DisclosureModel.Cli;

/// <summary>How <c>disclosure validate</c> writes its findings.</summary>
public enum FindingsFormat
{
    /// <summary>One line per finding, then a summary line.</summary>
    Text,

    /// <summary>One JSON array of findings.</summary>
    Json,

    /// <summary>One SARIF 2.1.0 log: the rule catalogue as the tool's rules, a result per finding (docs/validation.md).</summary>
    Sarif,
}

/// <summary>One finding of <c>disclosure validate</c>: a rule violation, or an input that could not be read.</summary>
/// <param name="File">The input it comes from (<c>-</c> for standard input, <c>(sample)</c> for the embedded sample).</param>
/// <param name="Line">The one-based NDJSON line of the report, or null.</param>
/// <param name="Code">The rule code (see docs/rules.md), or <c>INPUT</c> for an unreadable input.</param>
/// <param name="Severity"><c>error</c>, <c>warning</c> or <c>info</c>.</param>
/// <param name="Path">The cell or member at fault, or empty.</param>
/// <param name="Message">What is wrong, in the chosen language.</param>
/// <param name="ErrorLine">For an unreadable JSON file, the one-based line where reading stopped (SARIF only), or null.</param>
/// <param name="ChineseMessage">The rule violation's message in Chinese (SARIF only), or null.</param>
/// <param name="EnglishMessage">The rule violation's message in English (SARIF only), or null.</param>
/// <param name="Entry">The rule violation as a baseline entry (its report, fingerprint, code, path and English message), or null for an unreadable input.</param>
/// <param name="Narrative">Where the narrative states what a narrative finding compares (the member, offset, length, sentence), or null.</param>
/// <param name="Corrections">The smallest corrections offered with a failed balancing rule, or null (docs/validation.md).</param>
/// <param name="MoreCorrections">Whether more smallest corrections exist than are listed.</param>
internal sealed record Finding(
    string File, long? Line, string Code, string Severity, string Path, string Message, long? ErrorLine = null, string? ChineseMessage = null, string? EnglishMessage = null,
    BaselineEntry? Entry = null, NarrativeLocation? Narrative = null, ValueList<Correction>? Corrections = null, bool MoreCorrections = false);

/// <summary>The accepted findings of <c>disclosure validate</c>: the baseline to compare with, or the file to record the findings in (not both).</summary>
/// <param name="Baseline">The baseline read from <c>--baseline</c>, or null.</param>
/// <param name="BaselineFile">The file it was read from (named in the listing of gone entries), or null.</param>
/// <param name="WriteFile">The file of <c>--write-baseline</c>, or null.</param>
internal sealed record BaselineOptions(FindingBaseline? Baseline, string? BaselineFile, string? WriteFile)
{
    /// <summary>Gets the options of a run without baseline.</summary>
    public static BaselineOptions None { get; } = new(null, null, null);
}

/// <summary>Validates reports in parallel, in constant memory, writing findings in input order.</summary>
internal sealed class ValidateCommand(CliIo io, ValidationLanguage language, FindingsFormat format, bool warningsAsErrors, BaselineOptions baselineOptions)
{
    // The tool reports every finding, warnings and information included (the FluentValidation API reports errors only by default).
    private readonly DisclosureReportValidator validator = new(new DisclosureValidatorOptions { Language = language, MinimumSeverity = FluentValidation.Severity.Info });
    private readonly ValidationLanguage resolvedLanguage = language.Resolve();
    private int reports;
    private int errors;
    private int warnings;
    private int infos;
    private int notAssessable;
    private int unreadable;
    private int filesStarted;
    private bool inputFailed;
    private bool baselineWriteFailed;
    private int goneCount;

    // Findings are matched and counted in input order, on the one thread that writes them.
    private readonly BaselineMatcher? matcher = baselineOptions.Baseline is { } baseline ? new BaselineMatcher(baseline) : null;
    private readonly List<BaselineEntry>? recorded = baselineOptions.WriteFile is null ? null : [];

    /// <summary>Creates the command without a baseline.</summary>
    public ValidateCommand(CliIo io, ValidationLanguage language, FindingsFormat format, bool warningsAsErrors)
        : this(io, language, format, warningsAsErrors, BaselineOptions.None)
    {
    }

    /// <summary>Validates the embedded 2021-format sample and prints its summary (the main job, with no file given).</summary>
    public int RunOnSample()
    {
        var report = ReportSummary.Sample;
        var findings = Validate(new SourcedReport(ReportSummary.SampleSource, null, report));
        var json = format == FindingsFormat.Json ? StartJson() : null;
        using var sarif = format == FindingsFormat.Sarif ? new SarifWriter(io.Out, resolvedLanguage) : null;
        if (json is null && sarif is null)
        {
            ReportSummary.Write(io.Out, report, resolvedLanguage);
        }

        foreach (var finding in findings)
        {
            Emit(finding, json, sarif, "  ");
        }

        Finish(json, sarif);
        return ExitCode();
    }

    /// <summary>Validates every report of the given inputs.</summary>
    public async Task<int> RunAsync(IReadOnlyList<string> paths, CancellationToken cancellationToken)
    {
        IEnumerable<InputFile> files;
        try
        {
            // Checks that every path exists; directories are walked as the reports are validated, never listed whole.
            files = ReportFiles.Walk(paths, io.Error, cancellationToken);
            if ((baselineOptions.BaselineFile ?? baselineOptions.WriteFile) is { } baselineFile)
            {
                // A baseline kept in the directory it is about is not one of its reports.
                var full = Path.GetFullPath(baselineFile);
                files = files.Where(input => input.Path == "-" || !string.Equals(Path.GetFullPath(input.Path), full, StringComparison.Ordinal) || Skipped(input.Path));
            }
        }
        catch (InputException e)
        {
            io.Error.WriteLine("disclosure: " + e.Message);
            return ExitCodes.InputError;
        }

        var workers = Math.Max(1, Environment.ProcessorCount);
        var work = Channel.CreateBounded<(SourcedReport Report, TaskCompletionSource<IReadOnlyList<Finding>> Done)>(workers * 4);
        var order = Channel.CreateBounded<Task<IReadOnlyList<Finding>>>(workers * 16);

        var producer = Task.Run(() => Produce(files, work.Writer, order.Writer, cancellationToken), cancellationToken);
        var consumers = Enumerable.Range(0, workers).Select(_ => Task.Run(() => Consume(work.Reader, cancellationToken), cancellationToken)).ToArray();

        var progress = new Progress(io);
        var json = format == FindingsFormat.Json ? StartJson() : null;
        using var sarif = format == FindingsFormat.Sarif ? new SarifWriter(io.Out, resolvedLanguage) : null;
        await foreach (var pending in order.Reader.ReadAllAsync(cancellationToken))
        {
            foreach (var finding in await pending.ConfigureAwait(false))
            {
                Emit(finding, json, sarif, string.Empty);
            }

            progress.Report(Volatile.Read(ref filesStarted), reports);
        }

        await producer.ConfigureAwait(false);
        await Task.WhenAll(consumers).ConfigureAwait(false);
        progress.Done();
        Finish(json, sarif);
        return ExitCode();
    }

    /// <summary>
    /// Writes a finding unless the baseline accepts it, and counts what is written (so that the totals and the exit code
    /// follow the new findings only); records it for <c>--write-baseline</c>.
    /// </summary>
    private void Emit(Finding finding, JsonArrayWriter? json, SarifWriter? sarif, string indent)
    {
        if (finding.Entry is { } entry)
        {
            recorded?.Add(entry);
            if (matcher?.Accept(entry) == true)
            {
                return;
            }
        }

        switch (finding.Severity)
        {
            case "error":
                errors++;
                break;
            case "warning":
                warnings++;
                break;
            default:
                infos++;
                break;
        }

        if (finding.Code == DisclosureRules.NotAssessable.Code)
        {
            notAssessable++;
        }

        var state = matcher is null ? null : "new";
        if (json is not null)
        {
            WriteJsonFinding(json, finding, resolvedLanguage, state);
        }
        else if (sarif is not null)
        {
            sarif.Add(finding, state);
        }
        else
        {
            io.Out.WriteLine(indent + FormatLine(finding, resolvedLanguage));
        }
    }

    /// <summary>Writes the baseline file (<c>--write-baseline</c>), lists the gone baseline entries (<c>--baseline</c>), and ends the output.</summary>
    private void Finish(JsonArrayWriter? json, SarifWriter? sarif)
    {
        if (recorded is not null)
        {
            var file = baselineOptions.WriteFile!;
            try
            {
                var baseline = FindingBaseline.Create(recorded);
                ReportCommands.WriteFileAtomically(io, file, baseline.WriteTo);
                io.Error.WriteLine(resolvedLanguage == ValidationLanguage.Chinese
                    ? string.Create(CultureInfo.InvariantCulture, $"disclosure: 已将 {baseline.Entries.Count} 项问题记入基线 {file}")
                    : string.Create(CultureInfo.InvariantCulture, $"disclosure: {baseline.Entries.Count} finding(s) recorded in the baseline {file}"));
            }
            catch (InputException e)
            {
                baselineWriteFailed = true;
                io.Error.WriteLine("disclosure: " + e.Message);
            }
        }

        if (matcher is not null)
        {
            var gone = matcher.Gone();
            goneCount = gone.Count;
            foreach (var entry in gone)
            {
                if (json is not null)
                {
                    WriteJsonGone(json, entry);
                }
                else if (sarif is not null)
                {
                    sarif.AddAbsent(entry);
                }
                else
                {
                    io.Out.WriteLine($"{baselineOptions.BaselineFile}: gone {entry.Code}{(entry.Path.Length > 0 ? " " + entry.Path : string.Empty)} ({entry.Agency} {entry.Year.ToString(CultureInfo.InvariantCulture)}): {entry.Message}");
                }
            }
        }

        if (json is not null)
        {
            EndJson(json);
        }
        else if (sarif is not null)
        {
            sarif.End(ExitCode());
        }
        else
        {
            WriteTotals();
        }
    }

    private bool Skipped(string path)
    {
        io.Error.WriteLine($"disclosure: {path}: the baseline file, not validated");
        return false;
    }

    private async Task Produce(
        IEnumerable<InputFile> files,
        ChannelWriter<(SourcedReport, TaskCompletionSource<IReadOnlyList<Finding>>)> work,
        ChannelWriter<Task<IReadOnlyList<Finding>>> order,
        CancellationToken cancellationToken)
    {
        try
        {
            foreach (var input in files)
            {
                var file = input.Path;
                Interlocked.Increment(ref filesStarted);
                using var reports = ReportFiles.ReadEach(input, io).GetEnumerator();
                while (true)
                {
                    SourcedReport report;
                    try
                    {
                        if (!reports.MoveNext())
                        {
                            break;
                        }

                        if (reports.Current.Error is { } lineError)
                        {
                            // One bad NDJSON line: reported, counted, and the next lines are still read.
                            await Unreadable(file, lineError, order, cancellationToken).ConfigureAwait(false);
                            continue;
                        }

                        report = reports.Current.Report!;
                    }
                    catch (InputException e)
                    {
                        await Unreadable(file, e, order, cancellationToken).ConfigureAwait(false);
                        break;
                    }

                    var done = new TaskCompletionSource<IReadOnlyList<Finding>>(TaskCreationOptions.RunContinuationsAsynchronously);
                    await order.WriteAsync(done.Task, cancellationToken).ConfigureAwait(false);
                    await work.WriteAsync((report, done), cancellationToken).ConfigureAwait(false);
                }
            }
        }
        finally
        {
            work.Complete();
            order.Complete();
        }
    }

    private async Task Unreadable(string file, InputException e, ChannelWriter<Task<IReadOnlyList<Finding>>> order, CancellationToken cancellationToken)
    {
        inputFailed = true;
        Interlocked.Increment(ref unreadable);
        io.Error.WriteLine("disclosure: " + e.Message);
        var detail = e.Message.StartsWith(file + ": ", StringComparison.Ordinal) ? e.Message[(file.Length + 2)..] : e.Message;
        var errorLine = e.Line is null && e.InnerException is System.Text.Json.JsonException { LineNumber: { } jsonLine } ? jsonLine + 1 : (long?)null;
        await order.WriteAsync(Task.FromResult<IReadOnlyList<Finding>>([new Finding(file, e.Line, "INPUT", "error", string.Empty, detail, errorLine)]), cancellationToken).ConfigureAwait(false);
    }

    private async Task Consume(ChannelReader<(SourcedReport Report, TaskCompletionSource<IReadOnlyList<Finding>> Done)> work, CancellationToken cancellationToken)
    {
        await foreach (var (report, done) in work.ReadAllAsync(cancellationToken).ConfigureAwait(false))
        {
            try
            {
                done.SetResult(Validate(report));
            }
            catch (Exception e)
            {
                done.SetException(e);
            }
        }
    }

    private List<Finding> Validate(SourcedReport source)
    {
        var result = validator.Validate(source.Report);
        Interlocked.Increment(ref reports);
        if (result.Errors.Count == 0)
        {
            return [];
        }

        var findings = new List<Finding>(result.Errors.Count);
        foreach (var failure in result.Errors)
        {
            var severity = failure.Severity switch
            {
                Severity.Error => "error",
                Severity.Warning => "warning",
                _ => "info",
            };
            var violation = failure.GetViolation();
            var sarif = format == FindingsFormat.Sarif;
            findings.Add(new Finding(
                source.Source,
                source.Line,
                failure.ErrorCode,
                severity,
                failure.PropertyName,
                failure.ErrorMessage,
                null,
                sarif ? violation?.ChineseMessage : null,
                sarif ? violation?.EnglishMessage : null,
                violation is null ? null : BaselineEntry.Create(source.Report, violation),
                violation?.Narrative,
                violation is { Corrections.Count: > 0 } || violation is { MoreCorrections: true } ? violation.Corrections : null,
                violation?.MoreCorrections ?? false));
        }

        return findings;
    }

    // With --write-baseline every finding is recorded, so accepted: only an unreadable input or baseline file fails the run.
    private int ExitCode() =>
        inputFailed || baselineWriteFailed ? ExitCodes.InputError
        : recorded is not null ? ExitCodes.Success
        : errors > 0 || (warningsAsErrors && warnings > 0) ? ExitCodes.Findings
        : ExitCodes.Success;

    internal static string FormatLine(Finding f, ValidationLanguage language) =>
        $"{f.File}{(f.Line is { } line ? ":" + line.ToString(CultureInfo.InvariantCulture) : string.Empty)}: {f.Severity} {f.Code}{(f.Path.Length > 0 ? " " + f.Path : string.Empty)}: {f.Message}"
        + (f.Narrative is { } n ? string.Create(CultureInfo.InvariantCulture, $" [narrative {n.PropertyPath}@{n.Offset}+{n.Length}]") : string.Empty)
        + CorrectionLines(f, language);

    /// <summary>
    /// Gets what a finding's line ends with in text (one line per finding): its smallest corrections, separated by
    /// semicolons, and a note when not all are listed; empty when none is offered.
    /// </summary>
    private static string CorrectionLines(Finding f, ValidationLanguage language)
    {
        if (f.Corrections is null)
        {
            return string.Empty;
        }

        var chinese = language == ValidationLanguage.Chinese;
        var b = new System.Text.StringBuilder(chinese ? " 建议更正：" : " Suggested correction: ");
        for (var i = 0; i < f.Corrections.Count; i++)
        {
            b.Append(i == 0 ? string.Empty : chinese ? "；或 " : "; or ").Append(f.Corrections[i].Describe(f.Code, language));
        }

        if (f.MoreCorrections)
        {
            b.Append(chinese ? "（另有其他最小更正，未全部列出）" : " (more smallest corrections exist than are listed)");
        }

        return b.Append(chinese ? "。" : ".").ToString();
    }

    /// <summary>
    /// Writes a finding's smallest corrections as JSON members (the JSON and SARIF outputs): <c>corrections</c>, each with
    /// its <c>description</c> and <c>changes</c> (<c>path</c>, <c>row</c>, <c>column</c>, <c>from</c> (null when blank),
    /// <c>to</c>), and <c>moreCorrections</c> when true.
    /// </summary>
    internal static void WriteCorrections(Utf8JsonWriter writer, Finding f, ValidationLanguage language)
    {
        if (f.Corrections is null)
        {
            return;
        }

        writer.WriteStartArray("corrections");
        foreach (var correction in f.Corrections)
        {
            writer.WriteStartObject();
            writer.WriteString("description", correction.Describe(f.Code, language));
            writer.WriteStartArray("changes");
            foreach (var change in correction.Changes)
            {
                writer.WriteStartObject();
                writer.WriteString("path", change.PropertyPath);
                writer.WriteString("row", change.RowLabel);
                writer.WriteString("column", change.ColumnLabel);
                if (change.From is { } from)
                {
                    writer.WriteNumber("from", from);
                }
                else
                {
                    writer.WriteNull("from");
                }

                writer.WriteNumber("to", change.To);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        if (f.MoreCorrections)
        {
            writer.WriteBoolean("moreCorrections", true);
        }
    }

    private void WriteTotals()
    {
        var accepted = matcher?.AcceptedCount ?? 0;
        io.Out.WriteLine(resolvedLanguage == ValidationLanguage.Chinese
            ? string.Create(
                CultureInfo.InvariantCulture,
                $"共校验 {reports} 份报告：{(matcher is null ? string.Empty : "新")}错误 {errors} 项，警告 {warnings} 项，提示 {infos} 项{(notAssessable > 0 ? $"；{notAssessable} 条规则无法判断（NA：有未能读取的单元格）" : string.Empty)}{(unreadable > 0 ? $"；{unreadable} 个输入或行无法读取（计入错误）" : string.Empty)}{(matcher is null ? string.Empty : $"；基线已接受 {accepted} 项（未列出），基线中 {goneCount} 项已不再出现")}")
            : string.Create(
                CultureInfo.InvariantCulture,
                $"{reports} report(s) checked: {(matcher is null ? string.Empty : "new: ")}{errors} error(s), {warnings} warning(s), {infos} info{(notAssessable > 0 ? $"; {notAssessable} rule(s) not assessable (NA: unread cells)" : string.Empty)}{(unreadable > 0 ? $"; {unreadable} input(s) or line(s) unreadable (counted in the errors)" : string.Empty)}{(matcher is null ? string.Empty : $"; {accepted} accepted by the baseline (not shown), {goneCount} baseline entr{(goneCount == 1 ? "y" : "ies")} gone")}"));
    }

    private JsonArrayWriter StartJson()
    {
        io.Out.Write('[');
        return new JsonArrayWriter(io.Out);
    }

    internal static void WriteJsonFinding(JsonArrayWriter array, Finding f, ValidationLanguage language, string? baselineState = null)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            writer.WriteString("file", f.File);
            if (f.Line is { } line)
            {
                writer.WriteNumber("line", line);
            }

            writer.WriteString("code", f.Code);
            writer.WriteString("severity", f.Severity);
            writer.WriteString("path", f.Path);
            writer.WriteString("message", f.Message);
            if (f.Narrative is { } narrative)
            {
                writer.WriteStartObject("narrative");
                writer.WriteString("path", narrative.PropertyPath);
                writer.WriteNumber("offset", narrative.Offset);
                writer.WriteNumber("length", narrative.Length);
                writer.WriteString("sentence", narrative.Sentence);
                writer.WriteEndObject();
            }

            WriteCorrections(writer, f, language);
            if (f.Entry is { } entry)
            {
                writer.WriteString("fingerprint", entry.Fingerprint);
            }

            if (baselineState is not null)
            {
                writer.WriteString("baselineState", baselineState);
            }

            writer.WriteEndObject();
        }

        array.Add(System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan));
    }

    /// <summary>Writes a baseline entry that no longer occurs: <c>baselineState</c> <c>absent</c>, as in SARIF.</summary>
    private static void WriteJsonGone(JsonArrayWriter array, BaselineEntry entry)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            writer.WriteString("baselineState", "absent");
            FindingBaselineJson.WriteEntryMembers(writer, entry);
            writer.WriteEndObject();
        }

        array.Add(System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan));
    }

    private void EndJson(JsonArrayWriter array)
    {
        io.Out.WriteLine(array.Count == 0 ? "]" : "\n]");
    }

    /// <summary>Writes the elements of a JSON array one per line, as they come.</summary>
    internal sealed class JsonArrayWriter(TextWriter output)
    {
        public int Count { get; private set; }

        public void Add(string element)
        {
            output.Write(Count == 0 ? "\n  " : ",\n  ");
            output.Write(element);
            Count++;
        }
    }

    /// <summary>
    /// Progress on standard error (inputs started, reports checked), only when it is a terminal. Directories are walked
    /// as they are validated, so the number of inputs is not known in advance: a count, not a bar.
    /// </summary>
    private sealed class Progress(CliIo io)
    {
        private long lastTick;

        public void Report(int filesStarted, int reports)
        {
            if (!io.ErrorIsTerminal || Environment.TickCount64 - lastTick < 200)
            {
                return;
            }

            lastTick = Environment.TickCount64;
            io.Error.Write(string.Create(
                CultureInfo.InvariantCulture,
                $"\r{filesStarted} input(s) started, {reports} report(s) checked\u001b[K"));
        }

        public void Done()
        {
            if (io.ErrorIsTerminal && lastTick != 0)
            {
                io.Error.Write("\r\u001b[K");
            }
        }
    }
}
