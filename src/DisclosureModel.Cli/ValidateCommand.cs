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
/// <param name="Corrections">The smallest corrections offered with a failed balancing rule, or null (docs/validation.md).</param>
/// <param name="MoreCorrections">Whether more smallest corrections exist than are listed.</param>
internal sealed record Finding(
    string File, long? Line, string Code, string Severity, string Path, string Message, long? ErrorLine = null, string? ChineseMessage = null, string? EnglishMessage = null,
    ValueList<Correction>? Corrections = null, bool MoreCorrections = false);

/// <summary>Validates reports in parallel, in constant memory, writing findings in input order.</summary>
internal sealed class ValidateCommand(CliIo io, ValidationLanguage language, FindingsFormat format, bool warningsAsErrors)
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

    /// <summary>Validates the embedded 2021-format sample and prints its summary (the main job, with no file given).</summary>
    public int RunOnSample()
    {
        var report = ReportSummary.Sample;
        var findings = Validate(new SourcedReport(ReportSummary.SampleSource, null, report));
        switch (format)
        {
            case FindingsFormat.Json:
                WriteJson(findings);
                break;
            case FindingsFormat.Sarif:
                using (var sarif = new SarifWriter(io.Out, resolvedLanguage))
                {
                    foreach (var finding in findings)
                    {
                        sarif.Add(finding);
                    }

                    sarif.End(ExitCode());
                }

                break;
            default:
                ReportSummary.Write(io.Out, report, resolvedLanguage);
                foreach (var finding in findings)
                {
                    io.Out.WriteLine("  " + FormatLine(finding));
                }

                WriteTotals();
                break;
        }

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
                if (json is not null)
                {
                    WriteJsonFinding(json, finding);
                }
                else if (sarif is not null)
                {
                    sarif.Add(finding);
                }
                else
                {
                    io.Out.WriteLine(FormatLine(finding));
                }
            }

            progress.Report(Volatile.Read(ref filesStarted), reports);
        }

        await producer.ConfigureAwait(false);
        await Task.WhenAll(consumers).ConfigureAwait(false);
        progress.Done();
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

        return ExitCode();
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
        Interlocked.Increment(ref errors);
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
            switch (failure.Severity)
            {
                case Severity.Error:
                    Interlocked.Increment(ref errors);
                    break;
                case Severity.Warning:
                    Interlocked.Increment(ref warnings);
                    break;
                default:
                    Interlocked.Increment(ref infos);
                    break;
            }

            if (failure.ErrorCode == DisclosureRules.NotAssessable.Code)
            {
                Interlocked.Increment(ref notAssessable);
            }

            var violation = failure.GetViolation();
            var sarif = format == FindingsFormat.Sarif;
            findings.Add(new Finding(
                source.Source, source.Line, failure.ErrorCode, severity, failure.PropertyName, failure.ErrorMessage, null, sarif ? violation?.ChineseMessage : null, sarif ? violation?.EnglishMessage : null,
                violation is { Corrections.Count: > 0 } || violation is { MoreCorrections: true } ? violation.Corrections : null, violation?.MoreCorrections ?? false));
        }

        return findings;
    }

    private int ExitCode() =>
        inputFailed ? ExitCodes.InputError
        : errors > 0 || (warningsAsErrors && warnings > 0) ? ExitCodes.Findings
        : ExitCodes.Success;

    private string FormatLine(Finding f) =>
        $"{f.File}{(f.Line is { } line ? ":" + line.ToString(CultureInfo.InvariantCulture) : string.Empty)}: {f.Severity} {f.Code}{(f.Path.Length > 0 ? " " + f.Path : string.Empty)}: {f.Message}{CorrectionLines(f, resolvedLanguage)}";

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

    private void WriteTotals() =>
        io.Out.WriteLine(resolvedLanguage == ValidationLanguage.Chinese
            ? string.Create(
                CultureInfo.InvariantCulture,
                $"共校验 {reports} 份报告：错误 {errors} 项，警告 {warnings} 项，提示 {infos} 项{(notAssessable > 0 ? $"；{notAssessable} 条规则无法判断（NA：有未能读取的单元格）" : string.Empty)}{(unreadable > 0 ? $"；{unreadable} 个输入或行无法读取（计入错误）" : string.Empty)}")
            : string.Create(
                CultureInfo.InvariantCulture,
                $"{reports} report(s) checked: {errors} error(s), {warnings} warning(s), {infos} info{(notAssessable > 0 ? $"; {notAssessable} rule(s) not assessable (NA: unread cells)" : string.Empty)}{(unreadable > 0 ? $"; {unreadable} input(s) or line(s) unreadable (counted in the errors)" : string.Empty)}"));

    private void WriteJson(IReadOnlyList<Finding> findings)
    {
        var writer = StartJson();
        foreach (var finding in findings)
        {
            WriteJsonFinding(writer, finding);
        }

        EndJson(writer);
    }

    private JsonArrayWriter StartJson()
    {
        io.Out.Write('[');
        return new JsonArrayWriter(io.Out);
    }

    private void WriteJsonFinding(JsonArrayWriter array, Finding f)
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
            WriteCorrections(writer, f, resolvedLanguage);
            writer.WriteEndObject();
        }

        array.Add(System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan));
    }

    private void EndJson(JsonArrayWriter array)
    {
        io.Out.WriteLine(array.Count == 0 ? "]" : "\n]");
    }

    /// <summary>Writes the elements of a JSON array one per line, as they come.</summary>
    private sealed class JsonArrayWriter(TextWriter output)
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
