namespace DisclosureModel.Csv;

/// <summary>
/// The exception thrown when long-format CSV cannot be read back into reports: malformed quoting, a wrong header,
/// a wrong number of fields, an unknown or repeated cell, a label that does not match the layout, a bad value, or a
/// report with cells missing. <see cref="LineNumber"/> names the line.
/// </summary>
public sealed class CsvFormatException : FormatException
{
    /// <summary>Creates an exception with a generic message.</summary>
    public CsvFormatException()
        : base(CsvErrorMessages.NotReportCsv.Format())
    {
    }

    /// <summary>Creates an exception with a message.</summary>
    /// <param name="message">The message.</param>
    public CsvFormatException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with a message and an inner exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public CsvFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates an exception for a line.</summary>
    /// <param name="lineNumber">The 1-based line number where the problem was found.</param>
    /// <param name="message">What is wrong, without the line number (the message prefixes it).</param>
    public CsvFormatException(int lineNumber, string message)
        : base(CsvErrorMessages.OnLine.Format(("line", lineNumber), ("message", message)))
    {
        LineNumber = lineNumber;
    }

    /// <summary>Gets the 1-based line number where the problem was found (the line a record starts on), or 0 when unknown.</summary>
    public int LineNumber { get; }
}
