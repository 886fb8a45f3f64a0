import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { VisibilityCode } from '@portal/shared-domain';
import { TenantRecordModel } from '../tenancy/tenant-record.model.js';
import { Visibility } from '../tenancy/visibility.js';

@ObjectType({ description: 'En fil i en version av ett material. Laddas ned eller förhandsgranskas bara genom portalen (createMaterialFileLink).' })
export class MaterialFile {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field({ description: 'Filtypen som innehållet kändes igen som (inte vad namnet säger).' })
  mediaType!: string;

  @Field(() => Int, { description: 'Storlek i byte.' })
  sizeBytes!: number;

  @Field({ description: 'Virusskanning: not-scanned, pending, clean, infected eller failed.' })
  scanStatus!: string;

  @Field({ description: 'Om filen kan laddas ned nu (skannad och ren, eller ingen skanner konfigurerad).' })
  available!: boolean;

  @Field({ description: 'Om filen kan förhandsgranskas i webbläsaren (PDF och bilder).' })
  previewable!: boolean;

  @Field({ description: 'Om texten i filen är sökbar (utläst ur PDF, Word eller text).' })
  textIndexed!: boolean;

  @Field({ description: 'Om du kan be om en ny virussökning nu (rescanMaterialFile): sökningen misslyckades och filen är din organisations.' })
  canRescan!: boolean;
}

@ObjectType({ description: 'En publicerad version av ett material: nummer, ändringsnotering, vem och när, och dess filer.' })
export class MaterialVersion {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  number!: number;

  @Field({ description: 'Vad som ändrades.' })
  note!: string;

  @Field()
  createdAt!: Date;

  @Field()
  createdByName!: string;

  /** Internal: the files in order; resolved to those the reader may read. */
  fileIds!: string[];
  materialId!: string;
}

@ObjectType({ description: 'Ett material som du får se, kort (för länkar: "Anpassad från …").' })
export class MaterialRef {
  @Field(() => ID)
  id!: string;

  @Field()
  title!: string;

  @Field({ description: 'Kod ur MATERIAL_KINDS.' })
  kind!: string;

  @Field(() => Int, { description: 'Aktuell version (0 innan några filer publicerats).' })
  currentVersionNumber!: number;

  /** Resolved as `organization`. */
  organizationId!: string;
}

@ObjectType({ description: 'En organisation som har gjort en lokal anpassning av materialet. Själva anpassningen syns bara om du får se den.' })
export class MaterialAdaptation {
  /** Resolved as `organization`. */
  organizationId!: string;

  @Field(() => MaterialRef, { nullable: true, description: 'Anpassningen, om du får se den.' })
  material!: MaterialRef | null;

  @Field()
  createdAt!: Date;
}

@ObjectType({ description: 'Originalet har fått nya versioner sedan anpassningen (eller sedan det senast markerades som hanterat).' })
export class MaterialOriginalChange {
  @Field(() => MaterialRef)
  original!: MaterialRef;

  @Field(() => Int, { description: 'Originalets version som anpassningen bygger på eller senast hanterade.' })
  seenVersion!: number;

  @Field(() => Int, { description: 'Originalets aktuella version.' })
  currentVersion!: number;

  @Field(() => [MaterialVersion], { description: 'De nya versionerna, nyast först, med ändringsnoteringar och filer.' })
  newVersions!: MaterialVersion[];
}

@ObjectType({ description: 'Ett material: mall, stödmaterial, strategiskt dokument, processkarta, rapport, presentation eller annat, med versioner.' })
export class Material extends TenantRecordModel {
  @Field()
  title!: string;

  @Field({ description: 'Kod ur MATERIAL_KINDS.' })
  kind!: string;

  @Field()
  summary!: string;

  @Field({ description: 'Markdown; saneras när den visas.' })
  description!: string;

  @Field(() => [String], { description: 'Koder ur vokabulären theme.' })
  themes!: string[];

  @Field(() => [String], { description: 'Koder ur MATERIAL_AUDIENCES.' })
  audiences!: string[];

  @Field({ description: 'Kod ur MATERIAL_LANGUAGES.' })
  language!: string;

  @Field({ description: 'Villkor för användning: kod ur MATERIAL_LICENCES.' })
  licence!: string;

  @Field(() => Visibility)
  visibility!: VisibilityCode;

  /** Resolved as `organization`. */
  organizationId!: string;

  @Field({ description: 'Ansvarig person (namn).' })
  responsibleName!: string;

  @Field({ description: 'Ansvarig persons e-post; påminnelser om granskning går hit.' })
  responsibleEmail!: string;

  @Field(() => String, { nullable: true, description: 'Giltig från (ÅÅÅÅ-MM-DD).' })
  validFrom!: string | null;

  @Field(() => String, { nullable: true, description: 'Giltig till (ÅÅÅÅ-MM-DD).' })
  validTo!: string | null;

  @Field(() => Int, { nullable: true, description: 'Granskningscykel i månader.' })
  reviewCycleMonths!: number | null;

  @Field(() => String, { nullable: true, description: 'Nästa granskning (ÅÅÅÅ-MM-DD).' })
  nextReviewOn!: string | null;

  @Field(() => Date, { nullable: true })
  lastReviewedAt!: Date | null;

  @Field({ description: 'Kod ur MATERIAL_REVIEW_STATUSES, räknad i dag (svensk tid): current, review-due, expired, not-yet-valid.' })
  reviewStatus!: string;

  @Field(() => Int, { description: 'Aktuell version (0 innan några filer publicerats).' })
  currentVersionNumber!: number;

  /** Internal: stored links, resolved to what the reader may read. */
  initiativeIds!: string[];
  methodIds!: string[];
  adaptedFromId!: string | null;
  originalSeenVersion!: number | null;
}

@ObjectType({ description: '"Att granska": material med försenad granskning eller passerad giltighet, och anpassningar vars original har ändrats.' })
export class MaterialReviews {
  @Field(() => [Material], { description: 'Där du är ansvarig person (din e-postadress).' })
  responsible!: Material[];

  @Field(() => [Material], { description: 'Den aktiva organisationens.' })
  organization!: Material[];

  @Field(() => [Material], { description: 'Organisationens anpassningar vars original har fått en ny version.' })
  originalChanged!: Material[];
}

@ObjectType({ description: 'En kortlivad länk för att ladda ned eller förhandsgranska en fil, bara för dig.' })
export class MaterialFileLink {
  @Field({ description: 'Relativ adress; fungerar till expiresAt.' })
  url!: string;

  @Field()
  expiresAt!: Date;
}
