namespace DisclosureModel.Import;

/// <summary>
/// Reads a stream to its end unless it holds more than a limit: the one bounded read of every front end and of the
/// dispatcher (nothing past the limit plus one chunk is read, so an endless stream cannot exhaust memory).
/// </summary>
internal static class BoundedRead
{
    private const int ChunkLength = 81920;

    /// <summary>Returns <paramref name="alreadyRead"/> followed by the rest of the stream, or null as soon as they exceed <paramref name="limit"/> bytes.</summary>
    internal static byte[]? ToEnd(Stream stream, long limit, ReadOnlySpan<byte> alreadyRead = default)
    {
        using var buffer = new MemoryStream();
        buffer.Write(alreadyRead);
        var chunk = new byte[ChunkLength];
        int read;
        while (buffer.Length <= limit && (read = stream.Read(chunk, 0, (int)Math.Min(chunk.Length, limit + 1 - buffer.Length))) > 0)
        {
            buffer.Write(chunk, 0, read);
        }

        return buffer.Length > limit ? null : buffer.ToArray();
    }

    /// <summary>Reads asynchronously as <see cref="ToEnd"/> does.</summary>
    internal static async Task<byte[]?> ToEndAsync(Stream stream, long limit, ReadOnlyMemory<byte> alreadyRead, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        buffer.Write(alreadyRead.Span);
        var chunk = new byte[ChunkLength];
        int read;
        while (buffer.Length <= limit && (read = await stream.ReadAsync(chunk.AsMemory(0, (int)Math.Min(chunk.Length, limit + 1 - buffer.Length)), cancellationToken).ConfigureAwait(false)) > 0)
        {
            buffer.Write(chunk, 0, read);
        }

        return buffer.Length > limit ? null : buffer.ToArray();
    }
}
