namespace Intima.Testing;
