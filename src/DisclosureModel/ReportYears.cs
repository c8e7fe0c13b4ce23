namespace DisclosureModel;

/// <summary>The range of report years the model accepts.</summary>
public static class ReportYears
{
    /// <summary>Gets the first report year covered by a national format: 2019.</summary>
    public static int Minimum => 2019;

    /// <summary>Gets the last report year the model accepts: 9998, so that the following year's deadlines stay representable.</summary>
    public static int Maximum => 9998;
}
