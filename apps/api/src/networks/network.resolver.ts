import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { SignedIn } from '../auth/policy.decorator.js';
import { Initiative } from '../initiatives/initiative.model.js';
import { Method } from '../methods/method.model.js';
import { InviteNetworkMemberInput, NetworkInput, NetworkShareInput } from './network.inputs.js';
import { Network, NetworkEvent, NetworkMember, NetworkRef, SharedRecord } from './network.model.js';
import { NetworkService } from './network.service.js';

@Resolver(() => Network)
export class NetworkResolver {
  constructor(private readonly service: NetworkService) {}

  @SignedIn()
  @Query(() => [Network], { description: 'Alla nätverk, efter namn (trädet byggs av `parent`). `myStatus` visar dina egna, och inbjudningar.' })
  networks(): Promise<Network[]> {
    return this.service.list();
  }

  @SignedIn()
  @Query(() => Network, { description: 'Ett nätverk. NOT_FOUND när det saknas.' })
  network(@Args('id', { type: () => ID }) id: string): Promise<Network> {
    return this.service.get(id);
  }

  @ResolveField(() => [NetworkMember], { description: 'Aktiva medlemmar (ordförande, sekreterare, medlemmar). Tomt för den som inte är medlem.' })
  members(@Parent() network: Network): Promise<NetworkMember[]> {
    return this.service.members(network, ['active']);
  }

  @ResolveField(() => [NetworkMember], { description: 'Inbjudna som inte svarat och de som ansökt: bara för ordförande.' })
  pendingMembers(@Parent() network: Network): Promise<NetworkMember[]> {
    return network.canManage ? this.service.members(network, ['invited', 'requested']) : Promise.resolve([]);
  }

  @ResolveField(() => [NetworkEvent], { description: 'Vad som hänt i nätverket, nyast först (högst 200). Bara för medlemmar.' })
  events(@Parent() network: Network): Promise<NetworkEvent[]> {
    return this.service.events(network.id);
  }

  @ResolveField(() => [SharedRecord], { description: 'Insatser och metoder som delats med nätverket och som du får läsa.' })
  shared(@Parent() network: Network): Promise<SharedRecord[]> {
    return this.service.shared(network.id);
  }

  @SignedIn()
  @Mutation(() => Network, { description: 'Skapar ett nätverk med den aktiva organisationen som värd; du blir dess ordförande.' })
  createNetwork(@Args('input') input: NetworkInput): Promise<Network> {
    return this.service.create(input);
  }

  @SignedIn()
  @Mutation(() => Network, { description: 'Ändrar ett nätverk (ordförande). `version` är den du läste; annars CONFLICT.' })
  updateNetwork(
    @Args('id', { type: () => ID }) id: string,
    @Args('version', { type: () => Int }) version: number,
    @Args('input') input: NetworkInput,
  ): Promise<Network> {
    return this.service.update(id, version, input);
  }

  @SignedIn()
  @Mutation(() => NetworkMember, { description: 'Bjuder in en person med e-post (ordförande). Utan konto skapas ett i inloggningstjänsten.' })
  inviteNetworkMember(@Args('input') input: InviteNetworkMemberInput): Promise<NetworkMember> {
    return this.service.invite(input);
  }

  @SignedIn()
  @Mutation(() => Network, { description: 'Svarar på din inbjudan: gå med (med din aktiva organisation) eller tacka nej.' })
  respondToNetworkInvitation(@Args('networkId', { type: () => ID }) networkId: string, @Args('accept') accept: boolean): Promise<Network> {
    return this.service.respond(networkId, accept);
  }

  @SignedIn()
  @Mutation(() => Network, { description: 'Ansöker om att gå med i ett öppet nätverk; en ordförande godkänner.' })
  requestToJoinNetwork(@Args('networkId', { type: () => ID }) networkId: string): Promise<Network> {
    return this.service.requestToJoin(networkId);
  }

  @SignedIn()
  @Mutation(() => Network, { description: 'Godkänner eller avslår en ansökan (ordförande).' })
  decideNetworkRequest(@Args('memberId', { type: () => ID }) memberId: string, @Args('approve') approve: boolean): Promise<Network> {
    return this.service.decideRequest(memberId, approve);
  }

  @SignedIn()
  @Mutation(() => NetworkMember, { description: 'Ändrar en medlems roll (ordförande). Nätverket behåller alltid minst en ordförande.' })
  changeNetworkMemberRole(@Args('memberId', { type: () => ID }) memberId: string, @Args('role') role: string): Promise<NetworkMember> {
    return this.service.changeRole(memberId, role);
  }

  @SignedIn()
  @Mutation(() => Network, { description: 'Tar bort en medlem eller drar tillbaka en inbjudan (ordförande). Åtkomsten upphör vid personens nästa anrop.' })
  removeNetworkMember(@Args('memberId', { type: () => ID }) memberId: string): Promise<Network> {
    return this.service.removeMember(memberId);
  }

  @SignedIn()
  @Mutation(() => Network, { description: 'Lämnar nätverket. Den sista ordföranden utser en ny först.' })
  leaveNetwork(@Args('networkId', { type: () => ID }) networkId: string): Promise<Network> {
    return this.service.leave(networkId);
  }

  @SignedIn()
  @Mutation(() => [NetworkRef], {
    description:
      'Delar en insats eller metod med ett nätverk du är med i (ägarorganisationen). Med synligheten NETWORK läser nätverkets medlemmar den. Svarar med nätverken posten nu är delad med.',
  })
  shareWithNetwork(@Args('input') input: NetworkShareInput): Promise<NetworkRef[]> {
    return this.service.share(input);
  }

  @SignedIn()
  @Mutation(() => [NetworkRef], { description: 'Slutar dela en post med ett nätverk (ägarorganisationen).' })
  unshareFromNetwork(@Args('input') input: NetworkShareInput): Promise<NetworkRef[]> {
    return this.service.unshare(input);
  }
}

@Resolver(() => Initiative)
export class InitiativeNetworksResolver {
  constructor(private readonly service: NetworkService) {}

  @ResolveField(() => [NetworkRef], { description: 'Nätverk som insatsen är delad med (synligt för ägaren och för nätverkens medlemmar).' })
  sharedWithNetworks(@Parent() initiative: Initiative): Promise<NetworkRef[]> {
    return this.service.sharesOf(initiative.id);
  }
}

@Resolver(() => Method)
export class MethodNetworksResolver {
  constructor(private readonly service: NetworkService) {}

  @ResolveField(() => [NetworkRef], { description: 'Nätverk som metoden är delad med (synligt för ägaren och för nätverkens medlemmar).' })
  sharedWithNetworks(@Parent() method: Method): Promise<NetworkRef[]> {
    return this.service.sharesOf(method.id);
  }
}
