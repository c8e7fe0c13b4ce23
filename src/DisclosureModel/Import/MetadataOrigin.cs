namespace DisclosureModel.Import;

/// <summary>Where an item of metadata in the <see cref="ImportLog"/> came from: the kind of source and its location.</summary>
/// <remarks>Equality is by value.</remarks>
/// <param name="Source">The kind of source.</param>
/// <param name="Location">Where on the page the value was read (the first character of the value, or of the title's first line);
/// <see cref="SourceLocation.None"/> for <see cref="MetadataSource.Options"/>.</param>
public readonly record struct MetadataOrigin(MetadataSource Source, SourceLocation Location)
{
    /// <summary>Gets the origin as text, e.g. <c>title at line 12, column 1</c> or <c>options</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        var source = Source switch
        {
            MetadataSource.Options => "options",
            MetadataSource.Title => "title",
            MetadataSource.TitleOverLines => "title over lines",
            MetadataSource.StatisticsPeriod => "statistics period",
            MetadataSource.BodySentence => "body sentence",
            MetadataSource.PageHeader => "page header",
            _ => Source.ToString(),
        };
        return Location == SourceLocation.None ? source : $"{source} at {Location}";
    }
}
