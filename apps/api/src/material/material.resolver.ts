import { Args, ID, Info, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { Public, RequirePermission, SignedIn } from '../auth/policy.decorator.js';
import { HistoryEntry } from '../change-log/change-log.model.js';
import { selectedFields } from '../graphql/selection.js';
import { Initiative } from '../initiatives/initiative.model.js';
import { Method } from '../methods/method.model.js';
import { Network, NetworkRef } from '../networks/network.model.js';
import { NetworkService } from '../networks/network.service.js';
import { Organization } from '../organizations/organization.entity.js';
import { MaterialConnection, MaterialFacets } from './material-list.model.js';
import { MaterialInput, MaterialsArgs, MaterialVersionInput } from './material.inputs.js';
import {
  Material,
  MaterialAdaptation,
  MaterialFile,
  MaterialFileLink,
  MaterialOriginalChange,
  MaterialRef,
  MaterialReviews,
  MaterialVersion,
} from './material.model.js';
import { MaterialService, type MaterialConnectionResult, type MaterialReviewLists } from './material.service.js';

@Resolver(() => Material)
export class MaterialResolver {
  constructor(
    private readonly service: MaterialService,
    private readonly networks: NetworkService,
  ) {}

  @Public()
  @Query(() => MaterialConnection, {
    description: 'Materialregistret: sök (även i texten i PDF- och Word-filer), filtrera och bläddra. Utan inloggning syns bara publikt material.',
  })
  materials(@Args() args: MaterialsArgs, @Info() info: GraphQLResolveInfo): Promise<MaterialConnectionResult> {
    return this.service.page(args, selectedFields(info, ['edges', 'node']), selectedFields(info, ['facets']));
  }

  @Public()
  @Query(() => Material, { description: 'Ett material. NOT_FOUND både när det saknas och när du inte får se det.' })
  material(@Args('id', { type: () => ID }) id: string): Promise<Material> {
    return this.service.get(id);
  }

  @SignedIn()
  @Query(() => [HistoryEntry], { description: 'Materialets historik, nyast först: uppgifter, versioner, granskningar.' })
  materialHistory(@Args('id', { type: () => ID }) id: string): Promise<HistoryEntry[]> {
    return this.service.history(id);
  }

  @RequirePermission('material:write')
  @Query(() => MaterialReviews, { description: '"Att granska" för dig och din aktiva organisation.' })
  materialReviews(): Promise<MaterialReviewLists> {
    return this.service.reviews();
  }

  @RequirePermission('material:write')
  @Mutation(() => Material, {
    description:
      'Lägger till ett material i den aktiva organisationens namn; med `files` blir de version 1 (filerna laddas först upp med POST /api/material-files).',
  })
  createMaterial(
    @Args('input') input: MaterialInput,
    @Args('files', { type: () => MaterialVersionInput, nullable: true }) files?: MaterialVersionInput | null,
  ): Promise<Material> {
    return this.service.create(input, files);
  }

  @RequirePermission('material:write')
  @Mutation(() => Material, { description: 'Ändrar ett materials uppgifter. `version` är den du läste: annars CONFLICT.' })
  updateMaterial(
    @Args('id', { type: () => ID }) id: string,
    @Args('version', { type: () => Int }) version: number,
    @Args('input') input: MaterialInput,
  ): Promise<Material> {
    return this.service.update(id, version, input);
  }

  @RequirePermission('material:write')
  @Mutation(() => Material, { description: 'Publicerar en ny version med de här filerna och en ändringsnotering. `version` är materialets (CONFLICT annars).' })
  publishMaterialVersion(
    @Args('id', { type: () => ID }) id: string,
    @Args('version', { type: () => Int }) version: number,
    @Args('input') input: MaterialVersionInput,
  ): Promise<Material> {
    return this.service.publishVersion(id, version, input);
  }

  @RequirePermission('material:write')
  @Mutation(() => Material, {
    description: 'Anpassa för min kommun: kopierar materialet (med aktuella filer) till den aktiva organisationen som en privat lokal variant.',
  })
  adaptMaterial(@Args('id', { type: () => ID }) id: string): Promise<Material> {
    return this.service.adapt(id);
  }

  @RequirePermission('material:write')
  @Mutation(() => Material, { description: 'Markerar att materialet är granskat i dag; nästa granskning blir en cykel fram.' })
  markMaterialReviewed(@Args('id', { type: () => ID }) id: string, @Args('version', { type: () => Int }) version: number): Promise<Material> {
    return this.service.markReviewed(id, version);
  }

  @RequirePermission('material:write')
  @Mutation(() => Material, { description: 'Markerar att originalets ändringar är hanterade för den här anpassningen.' })
  acknowledgeMaterialOriginalChange(@Args('id', { type: () => ID }) id: string, @Args('version', { type: () => Int }) version: number): Promise<Material> {
    return this.service.acknowledgeOriginalChange(id, version);
  }

  @RequirePermission('material:write')
  @Mutation(() => Material, { description: 'Arkiverar ett material: det försvinner ur registret men finns kvar och kan återställas.' })
  archiveMaterial(@Args('id', { type: () => ID }) id: string): Promise<Material> {
    return this.service.setArchived(id, true);
  }

  @RequirePermission('material:write')
  @Mutation(() => Material, { description: 'Återställer ett arkiverat material.' })
  restoreMaterial(@Args('id', { type: () => ID }) id: string): Promise<Material> {
    return this.service.setArchived(id, false);
  }

  @Public()
  @Mutation(() => MaterialFileLink, {
    description:
      'En länk (giltig några minuter, bara för dig) för att ladda ned en fil du får se, eller med preview förhandsgranska en PDF eller bild. Utan inloggning: filer i publikt material.',
  })
  createMaterialFileLink(
    @Args('fileId', { type: () => ID }) fileId: string,
    @Args('preview', { type: () => Boolean, defaultValue: false }) preview: boolean,
  ): Promise<{ url: string; expiresAt: Date }> {
    return this.service.createFileLink(fileId, preview);
  }

  @RequirePermission('material:write')
  @Mutation(() => MaterialFile, {
    description:
      'Ber virusskyddet söka igenom en fil igen nu, när sökningen misslyckades (skannern nere, tidsgräns, för stor fil), även sedan köns nya försök tagit slut. Bara ägarorganisationen.',
  })
  rescanMaterialFile(@Args('fileId', { type: () => ID }) fileId: string): Promise<MaterialFile> {
    return this.service.rescanFile(fileId);
  }

  @ResolveField(() => Organization)
  organization(@Parent() material: Material): Promise<Organization> {
    return this.service.organization(material.organizationId);
  }

  @ResolveField(() => MaterialVersion, { nullable: true, description: 'Aktuell version; det listor och länkar visar.' })
  currentVersion(@Parent() material: Material): Promise<MaterialVersion | null> {
    return this.service.currentVersion(material);
  }

  @ResolveField(() => [MaterialVersion], { description: 'Alla versioner, nyast först; äldre versioner går att ladda ned.' })
  versions(@Parent() material: Material): Promise<MaterialVersion[]> {
    return this.service.versions(material.id);
  }

  @ResolveField(() => MaterialRef, { nullable: true, description: '"Anpassad från …": originalet, om du får se det.' })
  adaptedFrom(@Parent() material: Material): Promise<MaterialRef | null> {
    return material.adaptedFromId ? this.service.ref(material.adaptedFromId) : Promise.resolve(null);
  }

  @ResolveField(() => Boolean, { description: 'Om materialet är en lokal anpassning (även när originalet inte syns för dig).' })
  isAdaptation(@Parent() material: Material): boolean {
    return material.adaptedFromId !== null;
  }

  @ResolveField(() => [MaterialAdaptation], { description: '"Anpassningar: Motala, Kinda": organisationer som gjort lokala varianter.' })
  adaptations(@Parent() material: Material): Promise<MaterialAdaptation[]> {
    return this.service.adaptations(material.id);
  }

  @ResolveField(() => MaterialOriginalChange, {
    nullable: true,
    description: '"Originalet har ändrats": för anpassningens egen organisation, när originalet fått nya versioner.',
  })
  originalChange(@Parent() material: Material): Promise<MaterialOriginalChange | null> {
    return this.service.originalChange(material);
  }

  @ResolveField(() => [NetworkRef], { description: 'Nätverk som materialet är delat med (synligt för ägaren och för nätverkens medlemmar).' })
  sharedWithNetworks(@Parent() material: Material): Promise<NetworkRef[]> {
    return this.networks.sharesOf(material.id);
  }

  @ResolveField(() => [Initiative], { description: 'Insatser som tagit fram materialet (de du får se).' })
  initiatives(@Parent() material: Material): Promise<Initiative[]> {
    return this.service.initiatives(material);
  }

  @ResolveField(() => [Method], { description: 'Metoder materialet hör till (de du får se).' })
  methods(@Parent() material: Material): Promise<Method[]> {
    return this.service.methods(material);
  }
}

@Resolver(() => MaterialConnection)
export class MaterialConnectionResolver {
  constructor(private readonly service: MaterialService) {}

  @ResolveField(() => Int)
  async totalCount(@Parent() connection: MaterialConnectionResult): Promise<number> {
    return (await this.service.counts(connection)).totalCount;
  }

  @ResolveField(() => MaterialFacets)
  async facets(@Parent() connection: MaterialConnectionResult): Promise<MaterialFacets> {
    return (await this.service.counts(connection)).facets;
  }
}

@Resolver(() => MaterialVersion)
export class MaterialVersionResolver {
  constructor(private readonly service: MaterialService) {}

  @ResolveField(() => [MaterialFile])
  files(@Parent() version: MaterialVersion): Promise<MaterialFile[]> {
    return this.service.filesOf(version);
  }
}

@Resolver(() => MaterialRef)
export class MaterialRefResolver {
  constructor(private readonly service: MaterialService) {}

  @ResolveField(() => Organization)
  organization(@Parent() ref: MaterialRef): Promise<Organization> {
    return this.service.organization(ref.organizationId);
  }
}

@Resolver(() => MaterialAdaptation)
export class MaterialAdaptationResolver {
  constructor(private readonly service: MaterialService) {}

  @ResolveField(() => Organization)
  organization(@Parent() adaptation: MaterialAdaptation): Promise<Organization> {
    return this.service.organization(adaptation.organizationId);
  }
}

@Resolver(() => Initiative)
export class InitiativeMaterialResolver {
  constructor(private readonly service: MaterialService) {}

  @ResolveField(() => [Material], { description: 'Material som insatsen tagit fram (det du får se).' })
  material(@Parent() initiative: Initiative): Promise<Material[]> {
    return this.service.forInitiative(initiative.id);
  }
}

@Resolver(() => Network)
export class NetworkMaterialResolver {
  constructor(private readonly service: MaterialService) {}

  @ResolveField(() => [Material], { description: 'Material som delats med nätverket (det du får se).' })
  material(@Parent() network: Network): Promise<Material[]> {
    return this.service.forNetwork(network.id);
  }
}

@Resolver(() => Method)
export class MethodMaterialResolver {
  constructor(private readonly service: MaterialService) {}

  @ResolveField(() => [Material], { description: 'Material som hör till metoden (det du får se).' })
  material(@Parent() method: Method): Promise<Material[]> {
    return this.service.forMethod(method.id);
  }
}

/** Every resolver of the feature, for its module and for schema generation. */
export const MATERIAL_RESOLVERS = [
  MaterialResolver,
  MaterialConnectionResolver,
  MaterialVersionResolver,
  MaterialRefResolver,
  MaterialAdaptationResolver,
  InitiativeMaterialResolver,
  NetworkMaterialResolver,
  MethodMaterialResolver,
];
