using Intima.Testing;

[assembly: AssemblyFixture(typeof(IntimaRunFixture))]
[assembly: TestCaseOrderer(typeof(IntimaCaseOrderer))]
