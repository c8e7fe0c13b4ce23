using DisclosureModel.Fuzz;
using SharpFuzz;

// Usage: DisclosureModel.Fuzz <json|text|pdf>            run under afl-fuzz
//        DisclosureModel.Fuzz <json|text|pdf> <file>...  run the files once each, outside AFL++ (to replay a crash)
//        DisclosureModel.Fuzz seed <directory>           write the starting inputs of the targets (json/, text/, pdf/)
if (args is ["seed", var directory])
{
    Seeds.Write(directory);
    return 0;
}

if (args.Length == 0 || !(FuzzTargets.Names.Contains(args[0]) || args[0] == PdfFuzzTarget.Name))
{
    await Console.Error.WriteLineAsync($"usage: DisclosureModel.Fuzz <{string.Join('|', FuzzTargets.Names)}|{PdfFuzzTarget.Name}> [file...]").ConfigureAwait(false);
    return 2;
}

var target = args[0];
if (args.Length > 1)
{
    foreach (var file in args.Skip(1))
    {
        Run(target, await File.ReadAllBytesAsync(file).ConfigureAwait(false));
        Console.WriteLine($"ok {file}");
    }

    return 0;
}

Fuzzer.OutOfProcess.Run(stream =>
{
    using var buffer = new MemoryStream();
    stream.CopyTo(buffer);
    Run(target, buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
});
return 0;

static void Run(string target, ReadOnlySpan<byte> input)
{
    if (target == PdfFuzzTarget.Name)
    {
        PdfFuzzTarget.Run(input);
    }
    else
    {
        FuzzTargets.Run(target, input);
    }
}
