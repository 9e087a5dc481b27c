using System.Runtime.CompilerServices;

// The harness's scheduling is tested directly by the provider tests.
[assembly: InternalsVisibleTo("Alicloud.RouterInterface.Provider.Tests")]
