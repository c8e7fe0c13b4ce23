using System.Diagnostics.CodeAnalysis;

namespace DisclosureModel.Tests.Reliability;

/// <summary>
/// Seeded random byte mutations of real inputs (edits, insertions, deletions, truncations, splices), and a runner that
/// bounds the time of each input with a watchdog. Shared with DisclosureModel.Html.Tests (linked source).
/// </summary>
[SuppressMessage("Security", "CA5394:Do not use insecure randomness", Justification = "Reproducible test inputs, not security.")]
internal static class ByteMutations
{
    /// <summary>How long one input may take before it counts as a hang: generous, so a slow shared machine never fails it.</summary>
    public static TimeSpan PerInputBound { get; } = TimeSpan.FromSeconds(20);

    private static readonly byte[] Interesting = "{}[]\":,.-+0123456789eEnulltruefalse\\/ \n\r\t<>&;#"u8.ToArray();

    /// <summary>Yields <paramref name="count"/> mutants of the originals, the same on every run for a seed.</summary>
    public static IEnumerable<byte[]> Mutants(IReadOnlyList<byte[]> originals, int seed, int count)
    {
        var random = new Random(seed);
        for (var n = 0; n < count; n++)
        {
            var a = originals[random.Next(originals.Count)];
            yield return random.Next(5) switch
            {
                0 => Edit(a, random),
                1 => Insert(a, random),
                2 => Delete(a, random),
                3 => a[..random.Next(a.Length + 1)],
                _ => Splice(a, originals[random.Next(originals.Count)], random),
            };
        }
    }

    /// <summary>
    /// Runs <paramref name="check"/> on every input on a worker thread while this thread watches: an input that takes
    /// longer than <see cref="PerInputBound"/> fails the test as a hang; an exception fails it naming the input.
    /// </summary>
    public static void RunAll(IEnumerable<byte[]> inputs, Action<byte[]> check)
    {
        var current = 0L;
        byte[]? input = null;
        Exception? failure = null;
        var worker = new Thread(() =>
        {
            try
            {
                foreach (var next in inputs)
                {
                    Volatile.Write(ref input, next);
                    check(next);
                    Interlocked.Increment(ref current);
                }
            }
#pragma warning disable CA1031 // The failure is reported by the watching thread.
            catch (Exception exception)
#pragma warning restore CA1031
            {
                failure = exception;
            }
        })
        { IsBackground = true, Name = "mutation worker" };
        worker.Start();

        var seen = -1L;
        var since = System.Diagnostics.Stopwatch.StartNew();
        while (!worker.Join(50))
        {
            var now = Interlocked.Read(ref current);
            if (now != seen)
            {
                seen = now;
                since.Restart();
            }
            else if (since.Elapsed > PerInputBound)
            {
                Assert.Fail($"Input {now} did not finish within {PerInputBound.TotalSeconds} s (a hang): {Describe(Volatile.Read(ref input))}");
            }
        }

        if (failure is not null)
        {
            Assert.Fail($"Input {Interlocked.Read(ref current)} threw {failure.GetType().Name}: {failure.Message}\n{Describe(input)}\n{failure}");
        }
    }

    private static string Describe(byte[]? input) =>
        input is null ? "(none)" : $"{input.Length} bytes, base64 {Convert.ToBase64String(input.AsSpan(0, Math.Min(input.Length, 4096)))}";

    private static byte[] Edit(byte[] a, Random random)
    {
        var b = (byte[])a.Clone();
        if (b.Length == 0)
        {
            return b;
        }

        for (var k = random.Next(1, 9); k > 0; k--)
        {
            b[random.Next(b.Length)] = random.Next(3) switch
            {
                0 => Interesting[random.Next(Interesting.Length)],
                1 => (byte)random.Next(0x80, 0x100),
                _ => (byte)random.Next(0x100),
            };
        }

        return b;
    }

    private static byte[] Insert(byte[] a, Random random)
    {
        var at = random.Next(a.Length + 1);
        byte[] inserted;
        if (random.Next(2) == 0 && a.Length > 0)
        {
            // A slice of the input itself, e.g. a row or a member repeated.
            var start = random.Next(a.Length);
            inserted = a[start..Math.Min(a.Length, start + random.Next(1, 400))];
        }
        else
        {
            inserted = new byte[random.Next(1, 17)];
            for (var i = 0; i < inserted.Length; i++)
            {
                inserted[i] = Interesting[random.Next(Interesting.Length)];
            }
        }

        return [.. a.AsSpan(0, at), .. inserted, .. a.AsSpan(at)];
    }

    private static byte[] Delete(byte[] a, Random random)
    {
        if (a.Length == 0)
        {
            return a;
        }

        var start = random.Next(a.Length);
        var end = Math.Min(a.Length, start + random.Next(1, 200));
        return [.. a.AsSpan(0, start), .. a.AsSpan(end)];
    }

    private static byte[] Splice(byte[] a, byte[] b, Random random) =>
        [.. a.AsSpan(0, random.Next(a.Length + 1)), .. b.AsSpan(random.Next(b.Length + 1))];

    /// <summary>
    /// Imports every mutant and asserts that each gives a report or a result without a report whose log has an error
    /// (never an exception), and that both outcomes occurred.
    /// </summary>
    public static void AssertImportsOrGivesErrorResult(IEnumerable<byte[]> mutants, Func<string, DisclosureModel.Import.ImportResult> import)
    {
        var reports = 0;
        var errors = 0;
        RunAll(mutants, input =>
        {
            var result = import(System.Text.Encoding.UTF8.GetString(input));
            if (result.Report is null)
            {
                Assert.True(result.Log.HasErrors, "no report and no error");
                errors++;
            }
            else
            {
                reports++;
            }
        });

        Assert.True(reports > 0 && errors > 0, $"{reports} reports, {errors} without report");
    }
}
