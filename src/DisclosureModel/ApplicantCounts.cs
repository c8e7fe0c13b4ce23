using System.Text;

namespace DisclosureModel;

/// <summary>
/// One row of the Section 三 grid: the count of applications for each of the seven applicant columns
/// (自然人, the five 法人或其他组织 columns, 总计).
/// </summary>
/// <remarks>
/// <para>Every cell is a count of at least 0, or null when the published table left it blank. Blank is kept
/// distinct from 0 because real reports leave cells empty (most often the 总计 of sub-rows) and a blank total
/// cannot be checked. The arithmetic here treats blank as 0 where a sum is asked for.</para>
/// <para>The printed 总计 (<see cref="Total"/>) is stored as published, not computed, so a table that does not add up
/// can be held and reported; <see cref="ApplicantSum"/> is the computed sum and <see cref="WithComputedTotal"/>
/// fills it in.</para>
/// <para><c>default(ApplicantCounts)</c> is the all-blank row. Equality is by value.</para>
/// </remarks>
public readonly record struct ApplicantCounts
{
    /// <summary>Creates a row from its seven cells, in print order.</summary>
    /// <param name="naturalPerson">自然人.</param>
    /// <param name="commercialEnterprise">商业企业.</param>
    /// <param name="researchInstitution">科研机构.</param>
    /// <param name="publicInterestOrganization">社会公益组织.</param>
    /// <param name="legalServiceOrganization">法律服务机构.</param>
    /// <param name="other">其他.</param>
    /// <param name="total">总计, as printed.</param>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative.</exception>
    public ApplicantCounts(
        int? naturalPerson,
        int? commercialEnterprise,
        int? researchInstitution,
        int? publicInterestOrganization,
        int? legalServiceOrganization,
        int? other,
        int? total)
    {
        NaturalPerson = naturalPerson;
        CommercialEnterprise = commercialEnterprise;
        ResearchInstitution = researchInstitution;
        PublicInterestOrganization = publicInterestOrganization;
        LegalServiceOrganization = legalServiceOrganization;
        Other = other;
        Total = total;
    }

    /// <summary>Gets the row with 0 in every cell.</summary>
    public static ApplicantCounts Zero { get; } = new(0, 0, 0, 0, 0, 0, 0);

    /// <summary>Gets the row with every cell blank; the same as <c>default</c>.</summary>
    public static ApplicantCounts Blank => default;

    /// <summary>Gets the 自然人 (natural person) count, or null when blank.</summary>
    /// <exception cref="ArgumentOutOfRangeException">On init: the value is negative.</exception>
    public int? NaturalPerson { get; init => field = Preconditions.CheckCount(value, nameof(NaturalPerson)); }

    /// <summary>Gets the 商业企业 (commercial enterprise) count, or null when blank.</summary>
    /// <exception cref="ArgumentOutOfRangeException">On init: the value is negative.</exception>
    public int? CommercialEnterprise { get; init => field = Preconditions.CheckCount(value, nameof(CommercialEnterprise)); }

    /// <summary>Gets the 科研机构 (research institution) count, or null when blank.</summary>
    /// <exception cref="ArgumentOutOfRangeException">On init: the value is negative.</exception>
    public int? ResearchInstitution { get; init => field = Preconditions.CheckCount(value, nameof(ResearchInstitution)); }

    /// <summary>Gets the 社会公益组织 (public-interest organisation) count, or null when blank.</summary>
    /// <exception cref="ArgumentOutOfRangeException">On init: the value is negative.</exception>
    public int? PublicInterestOrganization { get; init => field = Preconditions.CheckCount(value, nameof(PublicInterestOrganization)); }

    /// <summary>Gets the 法律服务机构 (legal service organisation) count, or null when blank.</summary>
    /// <exception cref="ArgumentOutOfRangeException">On init: the value is negative.</exception>
    public int? LegalServiceOrganization { get; init => field = Preconditions.CheckCount(value, nameof(LegalServiceOrganization)); }

    /// <summary>Gets the 其他 (other organisation) count, or null when blank.</summary>
    /// <exception cref="ArgumentOutOfRangeException">On init: the value is negative.</exception>
    public int? Other { get; init => field = Preconditions.CheckCount(value, nameof(Other)); }

    /// <summary>Gets the 总计 (total) count as printed, or null when blank. It is not computed: see <see cref="ApplicantSum"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">On init: the value is negative.</exception>
    public int? Total { get; init => field = Preconditions.CheckCount(value, nameof(Total)); }

    /// <summary>
    /// Gets the sum of the six applicant columns (everything but 总计), blank counted as 0.
    /// It is a <see cref="long"/> so that no sum of valid cells overflows.
    /// </summary>
    public long ApplicantSum =>
        (long)(NaturalPerson ?? 0) + (CommercialEnterprise ?? 0) + (ResearchInstitution ?? 0)
        + (PublicInterestOrganization ?? 0) + (LegalServiceOrganization ?? 0) + (Other ?? 0);

    /// <summary>Gets a value indicating whether every cell is blank.</summary>
    public bool IsBlank => this == default;

    /// <summary>Gets a cell by its column.</summary>
    /// <param name="column">A defined column.</param>
    /// <returns>The count, or null when blank.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="column"/> is not a defined column.</exception>
    public int? this[ApplicantColumn column] => column switch
    {
        ApplicantColumn.NaturalPerson => NaturalPerson,
        ApplicantColumn.CommercialEnterprise => CommercialEnterprise,
        ApplicantColumn.ResearchInstitution => ResearchInstitution,
        ApplicantColumn.PublicInterestOrganization => PublicInterestOrganization,
        ApplicantColumn.LegalServiceOrganization => LegalServiceOrganization,
        ApplicantColumn.Other => Other,
        ApplicantColumn.Total => Total,
        _ => throw new ArgumentOutOfRangeException(nameof(column), column, "Not a defined applicant column."),
    };

    /// <summary>
    /// Adds two rows cell by cell, as a roll-up does. A blank cell added to a count gives the count;
    /// two blank cells give blank.
    /// </summary>
    /// <param name="left">The first row.</param>
    /// <param name="right">The second row.</param>
    /// <returns>The cell-wise sum.</returns>
    /// <exception cref="OverflowException">A sum exceeds <see cref="int.MaxValue"/>.</exception>
    public static ApplicantCounts operator +(ApplicantCounts left, ApplicantCounts right) => new(
        Add(left.NaturalPerson, right.NaturalPerson, ApplicantColumn.NaturalPerson),
        Add(left.CommercialEnterprise, right.CommercialEnterprise, ApplicantColumn.CommercialEnterprise),
        Add(left.ResearchInstitution, right.ResearchInstitution, ApplicantColumn.ResearchInstitution),
        Add(left.PublicInterestOrganization, right.PublicInterestOrganization, ApplicantColumn.PublicInterestOrganization),
        Add(left.LegalServiceOrganization, right.LegalServiceOrganization, ApplicantColumn.LegalServiceOrganization),
        Add(left.Other, right.Other, ApplicantColumn.Other),
        Add(left.Total, right.Total, ApplicantColumn.Total));

    /// <summary>Adds rows cell by cell; see <see cref="op_Addition"/>.</summary>
    /// <param name="rows">The rows to add.</param>
    /// <returns>The cell-wise sum; <see cref="Blank"/> when there are no rows.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rows"/> is null.</exception>
    /// <exception cref="OverflowException">A sum exceeds <see cref="int.MaxValue"/>.</exception>
    public static ApplicantCounts Sum(IEnumerable<ApplicantCounts> rows)
    {
        var sum = Blank;
        foreach (var row in Preconditions.CheckNotNull(rows))
        {
            sum += row;
        }

        return sum;
    }

    /// <summary>Creates a row from the six applicant counts, with 总计 computed as their sum.</summary>
    /// <param name="naturalPerson">自然人.</param>
    /// <param name="commercialEnterprise">商业企业.</param>
    /// <param name="researchInstitution">科研机构.</param>
    /// <param name="publicInterestOrganization">社会公益组织.</param>
    /// <param name="legalServiceOrganization">法律服务机构.</param>
    /// <param name="other">其他.</param>
    /// <returns>The row.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative.</exception>
    /// <exception cref="OverflowException">The total exceeds <see cref="int.MaxValue"/>.</exception>
    public static ApplicantCounts FromApplicants(
        int naturalPerson,
        int commercialEnterprise = 0,
        int researchInstitution = 0,
        int publicInterestOrganization = 0,
        int legalServiceOrganization = 0,
        int other = 0) =>
        new ApplicantCounts(
            naturalPerson, commercialEnterprise, researchInstitution,
            publicInterestOrganization, legalServiceOrganization, other, total: null).WithComputedTotal();

    /// <summary>Gets a copy with one cell replaced.</summary>
    /// <param name="column">The column to replace.</param>
    /// <param name="value">The new count, or null for blank.</param>
    /// <returns>The changed row.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="column"/> is not defined, or <paramref name="value"/> is negative.</exception>
    public ApplicantCounts With(ApplicantColumn column, int? value) => column switch
    {
        ApplicantColumn.NaturalPerson => this with { NaturalPerson = value },
        ApplicantColumn.CommercialEnterprise => this with { CommercialEnterprise = value },
        ApplicantColumn.ResearchInstitution => this with { ResearchInstitution = value },
        ApplicantColumn.PublicInterestOrganization => this with { PublicInterestOrganization = value },
        ApplicantColumn.LegalServiceOrganization => this with { LegalServiceOrganization = value },
        ApplicantColumn.Other => this with { Other = value },
        ApplicantColumn.Total => this with { Total = value },
        _ => throw new ArgumentOutOfRangeException(nameof(column), column, "Not a defined applicant column."),
    };

    /// <summary>Gets a copy whose 总计 is the sum of the six applicant columns.</summary>
    /// <returns>The row with a computed total.</returns>
    /// <exception cref="OverflowException">The sum exceeds <see cref="int.MaxValue"/>.</exception>
    public ApplicantCounts WithComputedTotal() => ApplicantSum > int.MaxValue
        ? throw new OverflowException($"The total of the six applicant columns is {ApplicantSum}, more than {int.MaxValue}.")
        : this with { Total = (int)ApplicantSum };

    /// <summary>Gets the seven cells in print order, blank shown as <c>_</c>, e.g. <c>20 0 0 0 0 1 21</c>.</summary>
    /// <returns>The cells separated by spaces.</returns>
    public override string ToString()
    {
        var builder = new StringBuilder(32);
        foreach (var column in ApplicantColumns.All)
        {
            if (builder.Length > 0)
            {
                builder.Append(' ');
            }

            var value = this[column];
            builder.Append(value is { } v ? v.ToString(System.Globalization.CultureInfo.InvariantCulture) : "_");
        }

        return builder.ToString();
    }

    private static int? Add(int? left, int? right, ApplicantColumn column)
    {
        if (left is null && right is null)
        {
            return null;
        }

        var sum = (long)(left ?? 0) + (right ?? 0);
        return sum > int.MaxValue
            ? throw new OverflowException($"The sum of the {column.GetLabel().Identifier} column ({column.GetLabel().Chinese}) is {sum}, more than {int.MaxValue}.")
            : (int)sum;
    }
}
