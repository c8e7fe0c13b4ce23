using DisclosureModel.Validation;
using static DisclosureModel.Tests.Validation.Reports;
using Severity = FluentValidation.Severity;

namespace DisclosureModel.Tests.Validation;

/// <summary>R1–R4, R6, R7: a report breaking only the rule, a passing case, and a single-cell change.</summary>
public class BalancingRuleTests
{
    [Fact]
    public void The_balanced_bases_have_no_failure()
    {
        Assert.Empty(CodesAndPaths(Seed));
        Assert.Empty(CodesAndPaths(Balanced2021));
    }

    [Fact]
    public void R1_carry_over_identity_fails_in_each_unbalanced_column()
    {
        // 二 raised from 1 to 2 in 自然人 and 总计: row 二 still adds up (R3), the outcomes still add up (R2).
        var report = Balanced2021.WithApplications(a => a with { CarriedOverFromLastYear = Row(2, 0, 2) });

        AssertFailures(
            report,
            ("R1", Severity.Error, "Applications.CarriedForwardToNextYear.NaturalPerson",
                "三、收到和处理政府信息公开申请情况“自然人”列不符合勾稽关系（第一项加第二项之和，等于第三项加第四项之和）：一 + 二 = 71 + 2 = 73 ≠ 三(七) + 四 = 72 + 0 = 72。",
                "Section 三, column 自然人 (Natural persons): newly received plus carried over must equal the outcome total plus carried forward: 一 + 二 = 71 + 2 = 73 ≠ 三(七) + 四 = 72 + 0 = 72."),
            ("R1", Severity.Error, "Applications.CarriedForwardToNextYear.Total",
                "三、收到和处理政府信息公开申请情况“总计”列不符合勾稽关系（第一项加第二项之和，等于第三项加第四项之和）：一 + 二 = 74 + 2 = 76 ≠ 三(七) + 四 = 75 + 0 = 75。",
                "Section 三, column 总计 (Total): newly received plus carried over must equal the outcome total plus carried forward: 一 + 二 = 74 + 2 = 76 ≠ 三(七) + 四 = 75 + 0 = 75."));
    }

    [Fact]
    public void R1_catches_a_single_cell_change()
    {
        var report = Balanced2021.WithApplications(a => a with { NewlyReceived = a.NewlyReceived.With(ApplicantColumn.CommercialEnterprise, 4) });

        Assert.Equal(
            ["R1 Applications.CarriedForwardToNextYear.CommercialEnterprise", "R3 Applications.NewlyReceived.Total"],
            CodesAndPaths(report));
    }

    [Fact]
    public void R1_counts_blank_cells_as_zero()
    {
        // A blank 二 is 0: 74 + _ = 75 + 0 fails in the 总计 column (the 自然人 column too: 71 ≠ 72).
        var blank = Balanced2021.WithApplications(a => a with { CarriedOverFromLastYear = ApplicantCounts.Blank });
        var r1 = Validate(blank, English).Errors.Where(f => f.ErrorCode == "R1").Select(f => f.GetViolation()!.Equation);

        Assert.Equal(["一 + 二 = 71 + _ = 71 ≠ 三(七) + 四 = 72 + 0 = 72", "一 + 二 = 74 + _ = 74 ≠ 三(七) + 四 = 75 + 0 = 75"], r1);
    }

    [Fact]
    public void R2_outcome_total_fails_in_each_unbalanced_column()
    {
        var report = Balanced2021.WithOutcomes2021(o => o with { Disclosed = Row(22, 0, 22) });

        AssertFailures(
            report,
            ("R2", Severity.Error, "Applications.Outcomes.Total.NaturalPerson",
                "三、本年度办理结果“自然人”列的（七）总计与（一）至（六）之和不符：(七) = 72 ≠ (一) + (二) + (三) + (四) + (五) + (六) = 22 + 8 + 4 + 37 + 0 + 2 = 73。",
                "Section 三, column 自然人 (Natural persons): the outcome total (七) must equal the sum of the outcomes (一)–(六): (七) = 72 ≠ (一) + (二) + (三) + (四) + (五) + (六) = 22 + 8 + 4 + 37 + 0 + 2 = 73."),
            ("R2", Severity.Error, "Applications.Outcomes.Total.Total",
                "三、本年度办理结果“总计”列的（七）总计与（一）至（六）之和不符：(七) = 75 ≠ (一) + (二) + (三) + (四) + (五) + (六) = 22 + 9 + 4 + 37 + 0 + 4 = 76。",
                "Section 三, column 总计 (Total): the outcome total (七) must equal the sum of the outcomes (一)–(六): (七) = 75 ≠ (一) + (二) + (三) + (四) + (五) + (六) = 22 + 9 + 4 + 37 + 0 + 4 = 76."));
    }

    [Fact]
    public void R2_catches_a_single_cell_change_in_a_grouped_row()
    {
        var report = Balanced2021.WithOutcomes2021(o => o with { Withheld = o.Withheld with { StateSecret = o.Withheld.StateSecret.With(ApplicantColumn.NaturalPerson, 1) } });

        Assert.Equal(
            ["R2 Applications.Outcomes.Total.NaturalPerson", "R3 Applications.Outcomes.Withheld.StateSecret.Total"],
            CodesAndPaths(report));
    }

    [Fact]
    public void R2_adds_the_single_2019_other_handling_row()
    {
        var table = ApplicationsTable.Zero(FormatEdition.Edition2019);
        var report = Seed with
        {
            Applications = table with { Outcomes = ((ApplicationOutcomes2019)table.Outcomes) with { OtherHandling = ApplicantCounts.FromApplicants(1) } },
        };

        Assert.Equal(
            ["R2 Applications.Outcomes.Total.NaturalPerson", "R2 Applications.Outcomes.Total.Total"],
            CodesAndPaths(report));
        Assert.Equal(
            "(七) = 0 ≠ (一) + (二) + (三) + (四) + (五) + (六) = 0 + 0 + 0 + 0 + 0 + 1 = 1",
            Validate(report, English).Errors[0].GetViolation()!.Equation);
    }

    [Fact]
    public void R3_row_total_fails_on_each_row_that_does_not_add_up()
    {
        // One natural person moved from （二） to （一） without moving the totals: the columns still balance.
        var report = Balanced2021.WithOutcomes2021(o => o with { Disclosed = Row(22, 0, 21), PartiallyDisclosed = Row(7, 1, 9) });

        AssertFailures(
            report,
            ("R3", Severity.Error, "Applications.Outcomes.Disclosed.Total",
                "三、收到和处理政府信息公开申请情况“（一）予以公开”行的总计与六类申请人之和不符：总计 = 21 ≠ 自然人 + 商业企业 + 科研机构 + 社会公益组织 + 法律服务机构 + 其他 = 22 + 0 + 0 + 0 + 0 + 0 = 22。",
                "Section 三, row （一）予以公开 (Disclosed): the total must equal the sum of the six applicant columns: 总计 = 21 ≠ 自然人 + 商业企业 + 科研机构 + 社会公益组织 + 法律服务机构 + 其他 = 22 + 0 + 0 + 0 + 0 + 0 = 22."),
            ("R3", Severity.Error, "Applications.Outcomes.PartiallyDisclosed.Total",
                "三、收到和处理政府信息公开申请情况“（二）部分公开（区分处理的，只计这一情形，不计其他情形）”行的总计与六类申请人之和不符：总计 = 9 ≠ 自然人 + 商业企业 + 科研机构 + 社会公益组织 + 法律服务机构 + 其他 = 7 + 1 + 0 + 0 + 0 + 0 = 8。",
                "Section 三, row （二）部分公开（区分处理的，只计这一情形，不计其他情形） (Partially disclosed): the total must equal the sum of the six applicant columns: 总计 = 9 ≠ 自然人 + 商业企业 + 科研机构 + 社会公益组织 + 法律服务机构 + 其他 = 7 + 1 + 0 + 0 + 0 + 0 = 8."));
    }

    [Fact]
    public void R3_catches_a_single_cell_change_and_skips_a_blank_total()
    {
        var changed = Balanced2021.WithOutcomes2021(o => o with { Disclosed = o.Disclosed.With(ApplicantColumn.Total, 20) });
        Assert.Equal(["R2 Applications.Outcomes.Total.Total", "R3 Applications.Outcomes.Disclosed.Total"], CodesAndPaths(changed));

        // Blank 总计 on every outcome sub-row, as Shanghai 2019 prints it: R3 is skipped, R2 reads the blanks as 0.
        var blankTotals = Balanced2021.WithOutcomes2021(o => o with
        {
            Withheld = o.Withheld with { InternalAffairs = o.Withheld.InternalAffairs.With(ApplicantColumn.Total, null) },
        });
        Assert.Equal(["R2 Applications.Outcomes.Total.Total"], CodesAndPaths(blankTotals));
    }

    [Fact]
    public void R4_block_total_fails_on_the_block()
    {
        var report = Balanced2021 with
        {
            ReviewAndLitigation = Balanced2021.ReviewAndLitigation with { AdministrativeReview = new(0, 1, 1, 0, 3) },
        };

        AssertFailures(
            report,
            ("R4", Severity.Error, "ReviewAndLitigation.AdministrativeReview.Total",
                "四、政府信息公开行政复议、行政诉讼情况“行政复议”栏的总计与四项结果之和不符：总计 = 3 ≠ 结果维持 + 结果纠正 + 其他结果 + 尚未审结 = 0 + 1 + 1 + 0 = 2。",
                "Section 四, block 行政复议 (Administrative review): the total must equal the sum of the four results: 总计 = 3 ≠ 结果维持 + 结果纠正 + 其他结果 + 尚未审结 = 0 + 1 + 1 + 0 = 2."));
    }

    [Fact]
    public void R4_catches_a_single_cell_change_and_skips_a_blank_total()
    {
        var changed = Seed with { ReviewAndLitigation = ReviewAndLitigationTable.Zero with { LitigationAfterReview = CaseResultCounts.Zero.With(CaseResultColumn.Pending, 1) } };
        Assert.Equal(["R4 ReviewAndLitigation.LitigationAfterReview.Total"], CodesAndPaths(changed));

        var blank = Seed with { ReviewAndLitigation = ReviewAndLitigationTable.Zero with { LitigationAfterReview = new(1, null, null, null, null) } };
        Assert.Empty(CodesAndPaths(blank));
    }

    [Fact]
    public void R6_items_plus_change_must_not_be_negative()
    {
        var report = Seed.WithProactive2019(p => p with { Article20Item5 = p.Article20Item5 with { AdministrativeLicensing = new(3, -5, 0) } });

        AssertFailures(
            report,
            ("R6", Severity.Warning, "ProactiveDisclosure.Article20Item5.AdministrativeLicensing.ChangeThisYear",
                "第二十条第（五）项“行政许可”行的上一年项目数量加本年增/减为负数：上一年项目数量 + 本年增/减 = 3 + -5 = -2 < 0。",
                "Section 二, 第二十条第（五）项, row 行政许可 (Administrative licensing): items last year plus the change this year is negative: 上一年项目数量 + 本年增/减 = 3 + -5 = -2 < 0."));
    }

    [Fact]
    public void R6_catches_a_single_cell_change_and_skips_blanks()
    {
        var changed = Seed.WithProactive2019(p => p with { Article20Item8 = new() { AdministrativeFees = new(0, -1) } });
        Assert.Equal(["R6 ProactiveDisclosure.Article20Item8.AdministrativeFees.ChangeThisYear"], CodesAndPaths(changed));

        var blank = Seed.WithProactive2019(p => p with { Article20Item8 = new() { AdministrativeFees = new(null, -1) } });
        Assert.Empty(CodesAndPaths(blank));

        var decrease = Seed.WithProactive2019(p => p with { Article20Item8 = new() { AdministrativeFees = new(35, -15) } });
        Assert.Empty(CodesAndPaths(decrease));
    }

    [Fact]
    public void R7_cumulative_total_must_not_be_below_this_year()
    {
        var report = Seed.WithProactive2019(p => p with { Article20Item1 = p.Article20Item1 with { Rules = new(0, 5, 3) } });

        AssertFailures(
            report,
            ("R7", Severity.Warning, "ProactiveDisclosure.Article20Item1.Rules.TotalPublished",
                "第二十条第（一）项“规章”行的对外公开总数量少于本年新公开数量：对外公开总数量 = 3 < 本年新公开数量 = 5。",
                "Section 二, 第二十条第（一）项, row 规章 (Rules): documents published in all are fewer than those published this year: 对外公开总数量 = 3 < 本年新公开数量 = 5."));
    }

    [Fact]
    public void R7_catches_a_single_cell_change()
    {
        var report = Seed.WithProactive2019(p => p with { Article20Item1 = p.Article20Item1 with { NormativeDocuments = new(0, 1, 0) } });

        Assert.Equal(["R7 ProactiveDisclosure.Article20Item1.NormativeDocuments.TotalPublished"], CodesAndPaths(report));
    }

    [Fact]
    public void The_table_validators_name_cells_from_the_table_when_used_alone()
    {
        var table = Balanced2021.WithApplications(a => a with { CarriedOverFromLastYear = Row(2, 0, 2) }).Applications;
        var failures = new ApplicationsTableValidator(English).Validate(table).Errors;

        Assert.Equal(["CarriedForwardToNextYear.NaturalPerson", "CarriedForwardToNextYear.Total"], failures.Select(f => f.PropertyName));
        Assert.Equal("CarriedForwardToNextYear.NaturalPerson", failures[0].GetViolation()!.PropertyPath);
    }

    [Fact]
    public void The_rule_table_has_the_documented_number_of_equations()
    {
        Assert.Equal(7 + 7 + 23, BalancingRules.GetApplicationEquations(FormatEdition.Edition2019).Count);
        Assert.Equal(7 + 7 + 25, BalancingRules.GetApplicationEquations(FormatEdition.Edition2021).Count);
        Assert.Equal(3, BalancingRules.ReviewAndLitigationEquations.Count);
        Assert.Equal(2 + 5, BalancingRules.GetProactiveEquations(FormatEdition.Edition2019).Count);
        Assert.Empty(BalancingRules.GetProactiveEquations(FormatEdition.Edition2021));
        Assert.Equal("一 + 二 = 三(七) + 四", BalancingRules.GetApplicationEquations(FormatEdition.Edition2021)[0].ToString());
    }

    [Fact]
    public void Every_cell_the_rule_table_names_is_a_real_property_path()
    {
        foreach (var edition in FormatEditions.All)
        {
            var report = edition == FormatEdition.Edition2019 ? Seed : Balanced2021;
            var equations = BalancingRules.GetApplicationEquations(edition)
                .Concat(BalancingRules.ReviewAndLitigationEquations)
                .Concat(BalancingRules.GetProactiveEquations(edition));
            foreach (var cell in equations.SelectMany(e => e.Left.Concat(e.Right)).SelectMany(t => t.Cells))
            {
                PropertyPath.Resolve(report, cell.PropertyPath);
            }
        }
    }
}
