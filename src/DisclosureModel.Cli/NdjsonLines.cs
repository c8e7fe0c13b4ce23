using System.Buffers;

namespace DisclosureModel.Cli;

/// <summary>One line of an NDJSON input: its one-based number and its bytes (without the line end), or too long to hold.</summary>
/// <param name="Number">The one-based line number.</param>
/// <param name="Content">The line's bytes, valid until the next line is taken; empty when <paramref name="TooLong"/>.</param>
/// <param name="TooLong">The line is longer than the limit; its bytes were skipped, not kept.</param>
internal readonly record struct NdjsonLine(long Number, ReadOnlyMemory<byte> Content, bool TooLong);

/// <summary>
/// Cuts an NDJSON stream into lines, each independent of the others: a bad or oversized line does not stop the next
/// ones from being read (the library's <c>DisclosureNdjson.Read</c> stops at the first error). Memory is bounded by one
/// line's limit: the bytes of a longer line are skipped up to its line end.
/// </summary>
internal static class NdjsonLines
{
    public static IEnumerable<NdjsonLine> Split(Stream stream, int maxLineBytes)
    {
        var chunk = new byte[64 * 1024];
        var line = new ArrayBufferWriter<byte>(64 * 1024);
        var tooLong = false;
        long number = 0;
        while (true)
        {
            var read = stream.Read(chunk);
            if (read == 0)
            {
                if (line.WrittenCount > 0 || tooLong)
                {
                    yield return Take(++number);
                }

                yield break;
            }

            var pending = chunk.AsMemory(0, read);
            while (true)
            {
                var newline = pending.Span.IndexOf((byte)'\n');
                var part = newline >= 0 ? pending[..newline] : pending;
                if (!tooLong)
                {
                    // One byte more than the limit is kept for a '\r' before the line end.
                    if ((long)line.WrittenCount + part.Length > maxLineBytes + 1L)
                    {
                        tooLong = true;
                        line.ResetWrittenCount();
                    }
                    else
                    {
                        line.Write(part.Span);
                    }
                }

                if (newline < 0)
                {
                    break;
                }

                yield return Take(++number);
                pending = pending[(newline + 1)..];
            }
        }

        NdjsonLine Take(long lineNumber)
        {
            var content = line.WrittenMemory;
            if (content.Length > 0 && content.Span[^1] == (byte)'\r')
            {
                content = content[..^1];
            }

            if (lineNumber == 1 && content.Span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            {
                content = content[3..];
            }

            var result = tooLong || content.Length > maxLineBytes ? new NdjsonLine(lineNumber, default, TooLong: true) : new NdjsonLine(lineNumber, content, TooLong: false);
            tooLong = false;
            line.ResetWrittenCount();
            return result;
        }
    }
}
