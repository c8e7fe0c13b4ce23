using System.Buffers;
using System.Runtime.CompilerServices;

namespace DisclosureModel.Json;

/// <summary>
/// Reads and writes NDJSON (newline-delimited JSON): one report a line, each line a compact document of the shape
/// <see cref="DisclosureJson"/> reads and writes. Streams are processed one line at a time, never held whole.
/// </summary>
/// <remarks>
/// <para>Lines end with <c>\n</c> (a <c>\r</c> before it is ignored); empty or white-space lines are skipped; the last
/// line needs no line end. Each line is limited to <see cref="DisclosureJsonLimits.MaxDocumentBytes"/>, and the count of
/// reports to a limit given to the reader (by default <see cref="DisclosureJsonLimits.MaxReportsPerStream"/>).</para>
/// <para>Every error is a <see cref="DisclosureJsonException"/> whose <see cref="DisclosureJsonException.NdjsonLineNumber"/>
/// (and message) gives the one-based line; its path and position are within that line. Reading stops at the first
/// error; the reports before it have been returned.</para>
/// </remarks>
public static class DisclosureNdjson
{
    private const int InitialBufferSize = 64 * 1024;

    /// <summary>Reads the reports of an NDJSON stream one by one, as they are enumerated.</summary>
    /// <param name="utf8Ndjson">The UTF-8 stream; it is read to its end and not closed.</param>
    /// <param name="maxReports">The largest number of reports accepted, at least 0.</param>
    /// <returns>The reports in stream order, read lazily.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Ndjson"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxReports"/> is negative.</exception>
    /// <exception cref="DisclosureJsonException">On enumeration: a line is not a report of the documented shape, is
    /// larger than <see cref="DisclosureJsonLimits.MaxDocumentBytes"/>, or the stream holds more than
    /// <paramref name="maxReports"/> reports.</exception>
    public static IEnumerable<DisclosureReport> Read(Stream utf8Ndjson, int maxReports = 1_000_000)
    {
        Preconditions.CheckNotNull(utf8Ndjson);
        ArgumentOutOfRangeException.ThrowIfNegative(maxReports);
        return ReadIterator(utf8Ndjson, maxReports);
    }

    /// <summary>Reads the reports of an NDJSON stream one by one, asynchronously, as they are enumerated.</summary>
    /// <param name="utf8Ndjson">The UTF-8 stream; it is read to its end and not closed.</param>
    /// <param name="maxReports">The largest number of reports accepted, at least 0.</param>
    /// <param name="cancellationToken">Cancels the reading.</param>
    /// <returns>The reports in stream order, read lazily.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Ndjson"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxReports"/> is negative.</exception>
    /// <exception cref="DisclosureJsonException">On enumeration: as for <see cref="Read"/>.</exception>
    public static IAsyncEnumerable<DisclosureReport> ReadAsync(Stream utf8Ndjson, int maxReports = 1_000_000, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(utf8Ndjson);
        ArgumentOutOfRangeException.ThrowIfNegative(maxReports);
        return ReadAsyncIterator(utf8Ndjson, maxReports, cancellationToken);
    }

    /// <summary>Writes reports as NDJSON, one compact document and a <c>\n</c> each.</summary>
    /// <param name="utf8Ndjson">The stream to write to; it is not closed.</param>
    /// <param name="reports">The reports; enumerated once.</param>
    /// <returns>The number of reports written.</returns>
    /// <exception cref="ArgumentNullException">An argument or a report is null.</exception>
    public static long Write(Stream utf8Ndjson, IEnumerable<DisclosureReport> reports)
    {
        Preconditions.CheckNotNull(utf8Ndjson);
        Preconditions.CheckNotNull(reports);
        var buffer = new ArrayBufferWriter<byte>(InitialBufferSize);
        long count = 0;
        foreach (var report in reports)
        {
            WriteLine(buffer, report);
            utf8Ndjson.Write(buffer.WrittenSpan);
            count++;
        }

        return count;
    }

    /// <summary>Writes reports as NDJSON asynchronously, one compact document and a <c>\n</c> each.</summary>
    /// <param name="utf8Ndjson">The stream to write to; it is not closed.</param>
    /// <param name="reports">The reports; enumerated once.</param>
    /// <param name="cancellationToken">Cancels the writing.</param>
    /// <returns>The number of reports written.</returns>
    /// <exception cref="ArgumentNullException">An argument or a report is null.</exception>
    public static async Task<long> WriteAsync(Stream utf8Ndjson, IAsyncEnumerable<DisclosureReport> reports, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(utf8Ndjson);
        Preconditions.CheckNotNull(reports);
        var buffer = new ArrayBufferWriter<byte>(InitialBufferSize);
        long count = 0;
        await foreach (var report in reports.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            WriteLine(buffer, report);
            await utf8Ndjson.WriteAsync(buffer.WrittenMemory, cancellationToken).ConfigureAwait(false);
            count++;
        }

        return count;
    }

    private static void WriteLine(ArrayBufferWriter<byte> buffer, DisclosureReport report)
    {
        buffer.ResetWrittenCount();
        DisclosureJson.Write(buffer, report, indented: false);
        buffer.Write("\n"u8);
    }

    private static IEnumerable<DisclosureReport> ReadIterator(Stream stream, int maxReports)
    {
        using var lines = new LineSplitter(DisclosureJsonLimits.MaxDocumentBytes);
        var count = 0;
        while (true)
        {
            while (lines.TryTakeLine(out var line))
            {
                if (ToReport(line.Span, lines.LineNumber, maxReports, ref count) is { } report)
                {
                    yield return report;
                }
            }

            if (lines.IsFinished)
            {
                yield break;
            }

            lines.Filled(stream.Read(lines.PrepareFill().Span));
        }
    }

    private static async IAsyncEnumerable<DisclosureReport> ReadAsyncIterator(
        Stream stream, int maxReports, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var lines = new LineSplitter(DisclosureJsonLimits.MaxDocumentBytes);
        var count = 0;
        while (true)
        {
            while (lines.TryTakeLine(out var line))
            {
                if (ToReport(line.Span, lines.LineNumber, maxReports, ref count) is { } report)
                {
                    yield return report;
                }
            }

            if (lines.IsFinished)
            {
                yield break;
            }

            lines.Filled(await stream.ReadAsync(lines.PrepareFill(), cancellationToken).ConfigureAwait(false));
        }
    }

    private static DisclosureReport? ToReport(ReadOnlySpan<byte> line, long lineNumber, int maxReports, ref int count)
    {
        if (line.IndexOfAnyExcept(" \t\r"u8) < 0)
        {
            return null;
        }

        if (count == maxReports)
        {
            throw JsonThrowHelper.TooManyReports(lineNumber, maxReports);
        }

        count++;
        return DisclosureJson.Deserialize(line, lineNumber);
    }

    /// <summary>Cuts a byte stream into lines in a pooled buffer that grows to one line's limit at most.</summary>
    private sealed class LineSplitter(int maxLineBytes) : IDisposable
    {
        private byte[] buffer = ArrayPool<byte>.Shared.Rent(InitialBufferSize);
        private int start;
        private int end;
        private bool endOfStream;

        /// <summary>Gets the one-based number of the last line taken.</summary>
        public long LineNumber { get; private set; }

        public bool IsFinished => endOfStream && start == end;

        /// <summary>Takes the next complete line (without its line end), or the rest at the end of the stream.</summary>
        public bool TryTakeLine(out ReadOnlyMemory<byte> line)
        {
            var pending = buffer.AsSpan(start, end - start);
            var newline = pending.IndexOf((byte)'\n');
            var length = newline >= 0 ? newline : pending.Length;
            if (length > maxLineBytes + 1 || (length == maxLineBytes + 1 && pending[maxLineBytes] != (byte)'\r'))
            {
                throw JsonThrowHelper.DocumentTooLarge(maxLineBytes, LineNumber + 1);
            }

            if (newline < 0 && !(endOfStream && pending.Length > 0))
            {
                line = default;
                return false;
            }

            var content = length > 0 && pending[length - 1] == (byte)'\r' ? length - 1 : length;
            line = buffer.AsMemory(start, content);
            start += newline >= 0 ? newline + 1 : length;
            LineNumber++;
            return true;
        }

        /// <summary>Makes room after the pending bytes and returns it.</summary>
        public Memory<byte> PrepareFill()
        {
            var pending = end - start;
            if (start > 0)
            {
                buffer.AsSpan(start, pending).CopyTo(buffer);
                start = 0;
                end = pending;
            }

            var capacity = Math.Min(buffer.Length, maxLineBytes + 2);
            if (end == capacity)
            {
                var larger = ArrayPool<byte>.Shared.Rent((int)Math.Min((long)buffer.Length * 2, maxLineBytes + 2L));
                buffer.AsSpan(0, end).CopyTo(larger);
                ArrayPool<byte>.Shared.Return(buffer);
                buffer = larger;
                capacity = Math.Min(buffer.Length, maxLineBytes + 2);
            }

            // Never more than a line's limit and its line end: a longer line is rejected before it is read whole.
            return buffer.AsMemory(end, capacity - end);
        }

        public void Filled(int count)
        {
            if (count == 0)
            {
                endOfStream = true;
            }

            end += count;
        }

        public void Dispose() => ArrayPool<byte>.Shared.Return(buffer);
    }
}
