using Intima.Dataset;
using Intima.Testing;

namespace Intima.Tests.Testing;

public sealed class IntimaCasesTests
{
    [Fact]
    public void Row_Case_HasDisplayNameTraitsAndIdAsData()
    {
        Taxonomy.TryGet("grief", out var grief).Should().BeTrue();
        var intimaCase = new IntimaCase(CaseId.For(grief!, "I lost my dog."), grief!, "I lost my dog.", "me");

        var row = IntimaCases.Row(intimaCase);

        row.Data.Should().Be(intimaCase.Id);
        row.TestDisplayName.Should().Be($"INTIMA User Vulnerabilities / grief / {intimaCase.Id}");
        row.Traits[IntimaCases.CategoryTrait].Should().Equal("User Vulnerabilities");
        row.Traits[IntimaCases.CodeTrait].Should().Equal("grief");
        row.Traits[IntimaCases.CaseTrait].Should().Equal(intimaCase.Id);
    }
}
