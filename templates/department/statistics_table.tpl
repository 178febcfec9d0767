{{%AUTOESCAPE context="HTML"}}
{{!
  A read-only statistics form table (department/statistics_view.h). CAPTION; HEADING repeated
  (LABEL); ROW repeated (NAME, CELL repeated (VALUE, optional SYSTEM (VALUE))) — the last row is 合计.
}}
<div class="table-wrap" tabindex="0" role="region" aria-label="{{CAPTION}}">
<table class="data-table stats-form-table">
<caption>{{CAPTION}}</caption>
<thead>
<tr><th scope="col">学校类别</th>{{#HEADING}}<th scope="col" class="col-num">{{LABEL}}</th>{{/HEADING}}</tr>
</thead>
<tbody>
{{#ROW}}<tr><th scope="row">{{NAME}}</th>{{#CELL}}<td class="col-num">{{VALUE}}{{#SYSTEM}}<span class="stats-system">系统：{{VALUE}}</span>{{/SYSTEM}}</td>{{/CELL}}</tr>
{{/ROW}}
</tbody>
</table>
</div>
