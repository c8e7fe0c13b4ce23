using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace DisclosureModel.TestSupport;

/// <summary>What headless Chromium saw when it loaded a page: the DOM after load and every console message.</summary>
internal sealed record ChromiumPage(string Dom, IReadOnlyList<string> ConsoleMessages);

/// <summary>
/// Runs the real browser the CI installs (Debian's <c>chromium</c>; <c>.ci/run</c> installs it when missing) headless,
/// one process per call, with its own profile and no network: the pages under test are self-contained files. A missing
/// browser fails the test (never skips it). Set <c>CHROMIUM</c> to use another executable.
/// </summary>
internal static partial class HeadlessChromium
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    /// <summary>Loads a page and returns its DOM after load and the console messages it logged.</summary>
    public static ChromiumPage Load(string htmlPath)
    {
        var (stdout, stderr) = Run(["--dump-dom", ToUrl(htmlPath)]);
        var messages = ConsoleLine().Matches(stderr).Select(m => m.Groups["message"].Value).ToList();
        return new ChromiumPage(stdout, messages);
    }

    /// <summary>Takes a screenshot of a page as a PNG file, at the given window size in CSS pixels.</summary>
    public static void Screenshot(string htmlPath, string pngPath, int width, int height)
    {
        File.Delete(pngPath);
        Run([$"--screenshot={Path.GetFullPath(pngPath)}", $"--window-size={width},{height}", "--hide-scrollbars", ToUrl(htmlPath)]);
        if (!File.Exists(pngPath))
        {
            throw new InvalidOperationException($"Chromium wrote no screenshot of {htmlPath}.");
        }
    }

    /// <summary>Prints a page to PDF as a user would (the page's own <c>@page</c> size), without header and footer.</summary>
    public static void PrintToPdf(string htmlPath, string pdfPath)
    {
        File.Delete(pdfPath);
        Run([$"--print-to-pdf={Path.GetFullPath(pdfPath)}", "--no-pdf-header-footer", ToUrl(htmlPath)]);
        if (!File.Exists(pdfPath))
        {
            throw new InvalidOperationException($"Chromium printed no PDF of {htmlPath}.");
        }
    }

    private static string ToUrl(string path) => new Uri(Path.GetFullPath(path)).AbsoluteUri;

    private static string Executable()
    {
        var configured = Environment.GetEnvironmentVariable("CHROMIUM");
        if (!string.IsNullOrEmpty(configured))
        {
            return configured;
        }

        foreach (var candidate in new[] { "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome" })
        {
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException("Headless Chromium is needed by this test and was not found: install Debian's 'chromium' package (bash .ci/run does) or set CHROMIUM.");
    }

    private static (string Stdout, string Stderr) Run(IReadOnlyList<string> arguments)
    {
        var profile = Directory.CreateTempSubdirectory("chromium-profile-");
        try
        {
            var start = new ProcessStartInfo(Executable())
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                StandardOutputEncoding = Encoding.UTF8,
                StandardErrorEncoding = Encoding.UTF8,
                UseShellExecute = false,
            };
            foreach (var flag in new[]
            {
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-default-apps",
                "--disable-extensions", "--disable-sync", "--mute-audio", "--enable-logging=stderr", "--v=0",
                "--host-resolver-rules=MAP * ~NOTFOUND", "--force-device-scale-factor=1",
                $"--user-data-dir={profile.FullName}",
            })
            {
                start.ArgumentList.Add(flag);
            }

            foreach (var argument in arguments)
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start) ?? throw new InvalidOperationException("Chromium did not start.");
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(Timeout))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"Chromium did not finish within {Timeout.TotalSeconds} s: {string.Join(' ', arguments)}");
            }

            process.WaitForExit();
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"Chromium exited with {process.ExitCode}: {stderr.Result}");
            }

            return (stdout.Result, stderr.Result);
        }
        finally
        {
            try
            {
                profile.Delete(recursive: true);
            }
            catch (IOException)
            {
                // A helper process may still hold a file for a moment; the temporary folder is cleaned by the system.
            }
        }
    }

    // Chromium logs every console message of the page (any level) as `...:INFO:CONSOLE(12)] "text", source: url (12)`
    // or, in newer builds, `...:INFO:CONSOLE:12] "text", source: ...`.
    [GeneratedRegex("""CONSOLE[:(]\d+\)?\] "(?<message>.*)", source:""")]
    private static partial Regex ConsoleLine();
}
