export class Gazetteer {}
