namespace Intima.StandIn;
