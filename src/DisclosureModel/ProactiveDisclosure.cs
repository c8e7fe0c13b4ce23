namespace DisclosureModel;

/// <summary>
/// Section 二、主动公开政府信息情况: the Article 20 tables of proactively disclosed information.
/// Its shape depends on the edition: <see cref="ProactiveDisclosure2019"/> (five sub-tables) or
/// <see cref="ProactiveDisclosure2021"/> (four sub-tables).
/// </summary>
/// <remarks>Equality is by value and includes the concrete type.</remarks>
public abstract record ProactiveDisclosure
{
    private protected ProactiveDisclosure()
    {
    }

    /// <summary>Gets the edition whose shape this is.</summary>
    public abstract FormatEdition Edition { get; }
}

/// <summary>Section 二 in the 2019 format: 第二十条第（一）（五）（六）（八）（九）项.</summary>
public sealed record ProactiveDisclosure2019 : ProactiveDisclosure
{
    /// <summary>Gets <see cref="FormatEdition.Edition2019"/>.</summary>
    public override FormatEdition Edition => FormatEdition.Edition2019;

    /// <summary>Gets 第二十条第（一）项: rules and normative documents.</summary>
    /// <exception cref="ArgumentNullException">On init: the value is null.</exception>
    public required RegulationsTable2019 Article20Item1 { get; init => field = Preconditions.CheckNotNull(value, nameof(Article20Item1)); }

    /// <summary>Gets 第二十条第（五）项: administrative licensing and other external services.</summary>
    /// <exception cref="ArgumentNullException">On init: the value is null.</exception>
    public required LicensingTable2019 Article20Item5 { get; init => field = Preconditions.CheckNotNull(value, nameof(Article20Item5)); }

    /// <summary>Gets 第二十条第（六）项: administrative penalties and coercive measures.</summary>
    /// <exception cref="ArgumentNullException">On init: the value is null.</exception>
    public required EnforcementTable2019 Article20Item6 { get; init => field = Preconditions.CheckNotNull(value, nameof(Article20Item6)); }

    /// <summary>Gets 第二十条第（八）项: administrative fees.</summary>
    /// <exception cref="ArgumentNullException">On init: the value is null.</exception>
    public required FeesTable2019 Article20Item8 { get; init => field = Preconditions.CheckNotNull(value, nameof(Article20Item8)); }

    /// <summary>Gets 第二十条第（九）项: centralised government procurement.</summary>
    /// <exception cref="ArgumentNullException">On init: the value is null.</exception>
    public required ProcurementTable2019 Article20Item9 { get; init => field = Preconditions.CheckNotNull(value, nameof(Article20Item9)); }
}

/// <summary>Section 二 in the 2021 format: 第二十条第（一）（五）（六）（八）项.</summary>
public sealed record ProactiveDisclosure2021 : ProactiveDisclosure
{
    /// <summary>Gets <see cref="FormatEdition.Edition2021"/>.</summary>
    public override FormatEdition Edition => FormatEdition.Edition2021;

    /// <summary>Gets 第二十条第（一）项: rules and administrative normative documents.</summary>
    /// <exception cref="ArgumentNullException">On init: the value is null.</exception>
    public required RegulationsTable2021 Article20Item1 { get; init => field = Preconditions.CheckNotNull(value, nameof(Article20Item1)); }

    /// <summary>Gets 第二十条第（五）项: administrative licensing decisions.</summary>
    /// <exception cref="ArgumentNullException">On init: the value is null.</exception>
    public required LicensingTable2021 Article20Item5 { get; init => field = Preconditions.CheckNotNull(value, nameof(Article20Item5)); }

    /// <summary>Gets 第二十条第（六）项: administrative penalty and coercion decisions.</summary>
    /// <exception cref="ArgumentNullException">On init: the value is null.</exception>
    public required EnforcementTable2021 Article20Item6 { get; init => field = Preconditions.CheckNotNull(value, nameof(Article20Item6)); }

    /// <summary>Gets 第二十条第（八）项: administrative fees collected.</summary>
    /// <exception cref="ArgumentNullException">On init: the value is null.</exception>
    public required FeesTable2021 Article20Item8 { get; init => field = Preconditions.CheckNotNull(value, nameof(Article20Item8)); }
}
