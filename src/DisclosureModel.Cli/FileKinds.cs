using System.Runtime.InteropServices;

namespace DisclosureModel.Cli;

/// <summary>What a path names, as far as a directory walk needs to know.</summary>
internal enum FileKind
{
    /// <summary>A regular file (or a link to one), safe to open and read to its end.</summary>
    Regular,

    /// <summary>A FIFO, socket or device: opening or reading it may block forever.</summary>
    Special,

    /// <summary>Nothing (a link to nothing, or removed since it was listed).</summary>
    Missing,
}

/// <summary>
/// Tells regular files from FIFOs, sockets and devices. .NET does not expose the file type (a FIFO is a
/// <see cref="FileInfo"/> of length 0, like an empty file), so on Linux and macOS this asks <c>stat(2)</c>; the
/// <c>st_mode</c> offset is known for Linux x64/arm64 and macOS. Elsewhere every file counts as regular.
/// </summary>
internal static class FileKinds
{
    private const int TypeMask = 0xF000;
    private const int RegularType = 0x8000;

    /// <summary>Gets the kind of the file at <paramref name="path"/>, following links.</summary>
    public static FileKind Of(string path)
    {
        var offset = ModeOffset();
        if (offset < 0)
        {
            return File.Exists(path) ? FileKind.Regular : FileKind.Missing;
        }

        var buffer = new byte[512];
        int result;
        try
        {
            result = Stat(path, buffer);
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            return File.Exists(path) ? FileKind.Regular : FileKind.Missing;
        }

        if (result != 0)
        {
            return File.Exists(path) ? FileKind.Regular : FileKind.Missing;
        }

        var mode = OperatingSystem.IsMacOS()
            ? BitConverter.ToUInt16(buffer, offset)
            : (int)BitConverter.ToUInt32(buffer, offset);
        return (mode & TypeMask) == RegularType ? FileKind.Regular : FileKind.Special;
    }

    // struct stat: Linux x86-64 has st_dev, st_ino, st_nlink (8 bytes each) before st_mode; the generic layout of
    // Linux arm64 has st_dev, st_ino; macOS (64-bit inodes) has a 4-byte st_dev.
    private static int ModeOffset() =>
        OperatingSystem.IsLinux() && RuntimeInformation.ProcessArchitecture == Architecture.X64 ? 24
        : OperatingSystem.IsLinux() && RuntimeInformation.ProcessArchitecture == Architecture.Arm64 ? 16
        : OperatingSystem.IsMacOS() && RuntimeInformation.ProcessArchitecture is Architecture.X64 or Architecture.Arm64 ? 4
        : -1;

    private static int Stat(string path, byte[] buffer)
    {
        var name = new byte[System.Text.Encoding.UTF8.GetMaxByteCount(path.Length) + 1];
        System.Text.Encoding.UTF8.GetBytes(path, name);
        return OperatingSystem.IsMacOS() && RuntimeInformation.ProcessArchitecture == Architecture.X64 ? StatMacX64(name, buffer) : StatLibc(name, buffer);
    }

    [DllImport("libc", EntryPoint = "stat")]
    private static extern int StatLibc(byte[] path, [Out] byte[] buffer);

    [DllImport("libc", EntryPoint = "stat$INODE64")]
    private static extern int StatMacX64(byte[] path, [Out] byte[] buffer);
}
